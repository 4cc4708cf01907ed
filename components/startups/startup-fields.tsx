"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { inputClassName } from "@/components/members/input-class-name";
import { focusAreaLabels } from "@/lib/domain/focus-areas";
import type { FocusArea } from "@/lib/generated/prisma/enums";
import type { RegisterStartupInput } from "@/lib/schemas/startups";

const FOCUS_AREAS = Object.keys(focusAreaLabels) as FocusArea[];

type StartupFieldValues = Pick<
  RegisterStartupInput,
  "startupName" | "startupNameZh" | "focusAreas" | "title"
>;

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

/**
 * The start-up half of the sign-up and register forms: name (English and Chinese), focus areas
 * and the founder's title. Shared by both so that a start-up starts with the same profile.
 */
export function StartupFields<T extends StartupFieldValues>({
  register,
  errors,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
}) {
  // react-hook-form's generic paths do not narrow through a constrained type parameter.
  const field = register as unknown as UseFormRegister<StartupFieldValues>;
  const fieldErrors = errors as FieldErrors<StartupFieldValues>;
  const t = useTranslations("authClient");
  return (
    <div className="space-y-4">
      <div>
        <label htmlFor="startup-name" className="block text-sm font-medium text-ink-800">
          {t("startupName")}
        </label>
        <input
          id="startup-name"
          autoComplete="organization"
          placeholder={t("startupNamePlaceholder")}
          aria-invalid={fieldErrors.startupName ? true : undefined}
          aria-describedby={fieldErrors.startupName ? "startup-name-error" : "startup-name-help"}
          className={`mt-1 ${inputClassName}`}
          {...field("startupName")}
        />
        {fieldErrors.startupName ? null : (
          <p id="startup-name-help" className="mt-1 text-xs text-ink-500">
            {t("startupNameHelp")}
          </p>
        )}
        <FieldError id="startup-name-error" message={fieldErrors.startupName?.message} />
      </div>
      <div>
        <label htmlFor="startup-name-zh" className="block text-sm font-medium text-ink-800">
          {t("chineseName")} <span className="font-normal text-ink-500">{t("optional")}</span>
        </label>
        <input
          id="startup-name-zh"
          lang="zh-HK"
          placeholder={t("chineseNamePlaceholder")}
          aria-invalid={fieldErrors.startupNameZh ? true : undefined}
          aria-describedby={fieldErrors.startupNameZh ? "startup-name-zh-error" : undefined}
          className={`mt-1 ${inputClassName}`}
          {...field("startupNameZh")}
        />
        <FieldError id="startup-name-zh-error" message={fieldErrors.startupNameZh?.message} />
      </div>
      <fieldset>
        <legend className="block text-sm font-medium text-ink-800">
          {t("focusAreas")} <span className="font-normal text-ink-500">{t("optional")}</span>
        </legend>
        <div className="mt-1.5 grid grid-cols-1 gap-1.5 sm:grid-cols-2">
          {FOCUS_AREAS.map((area) => (
            <label key={area} className="flex items-center gap-2 text-sm text-ink-800">
              <input
                type="checkbox"
                value={area}
                className="size-4 rounded border-ink-300"
                {...field("focusAreas")}
              />
              {t(`focusArea.${area}`)}
            </label>
          ))}
        </div>
        <FieldError id="focus-areas-error" message={fieldErrors.focusAreas?.message} />
      </fieldset>
      <div>
        <label htmlFor="founder-title" className="block text-sm font-medium text-ink-800">
          {t("yourTitle")} <span className="font-normal text-ink-500">{t("optional")}</span>
        </label>
        <input
          id="founder-title"
          autoComplete="organization-title"
          placeholder={t("titlePlaceholder")}
          aria-invalid={fieldErrors.title ? true : undefined}
          aria-describedby={fieldErrors.title ? "founder-title-error" : undefined}
          className={`mt-1 ${inputClassName}`}
          {...field("title")}
        />
        <FieldError id="founder-title-error" message={fieldErrors.title?.message} />
      </div>
    </div>
  );
}
