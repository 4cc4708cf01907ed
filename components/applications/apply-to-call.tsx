"use client";

import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button, ButtonLink } from "@/components/ui/button";
import { startApplication } from "@/lib/actions/applications/start-application";
import { projectTitleField } from "@/lib/schemas/applications";

type ApplyingStartup = { slug: string; name: string };

/**
 * The call page's "Apply": sign in first; a start-up member names the project and lands in a
 * draft (their existing one if they already started).
 */
export function ApplyToCall({
  callId,
  isSignedIn,
  startups,
}: {
  callId: string;
  isSignedIn: boolean;
  startups: ApplyingStartup[];
}) {
  const t = useTranslations("applicationsClient.apply");
  const router = useRouter();
  const pathname = usePathname();
  const [organisation, setOrganisation] = useState(startups[0]?.slug ?? "");
  const [projectTitle, setProjectTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(startApplication);

  if (!isSignedIn) {
    return (
      <div className="space-y-2">
        <ButtonLink href="/sign-in" className="w-full">
          {t("signInToApply")}
        </ButtonLink>
        <p className="text-xs text-ink-500">{t("foundersApply")}</p>
      </div>
    );
  }
  if (startups.length === 0) {
    return (
      <p className="text-sm text-ink-600">
        {t("startupMembersOnly")}{" "}
        <Link
          href={`/sign-up?callbackUrl=${encodeURIComponent(pathname)}`}
          className="font-medium text-brand-800 hover:underline"
        >
          {t("registerStartup")}
        </Link>
      </p>
    );
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const title = projectTitleField.safeParse(projectTitle);
    if (!title.success) {
      setError(t("titleRequired"));
      return;
    }
    setError(null);
    try {
      const result = await executeAsync({ organisation, callId, projectTitle: title.data });
      if (!result.data) {
        setError(describeActionError(result));
        return;
      }
      router.push(`/${organisation}/applications/${result.data.applicationId}`);
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("formLabel")} className="space-y-3">
      {startups.length > 1 ? (
        <div>
          <label htmlFor="apply-startup" className="block text-sm font-medium text-ink-800">
            {t("applyAs")}
          </label>
          <select
            id="apply-startup"
            className={`mt-1 ${inputClassName}`}
            value={organisation}
            onChange={(event) => setOrganisation(event.target.value)}
          >
            {startups.map((startup) => (
              <option key={startup.slug} value={startup.slug}>
                {startup.name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="text-sm text-ink-600">
          {t("applyingAs")} <span className="font-medium text-ink-900">{startups[0]?.name}</span>
        </p>
      )}
      <div>
        <label htmlFor="apply-title" className="block text-sm font-medium text-ink-800">
          {t("projectTitle")}
        </label>
        <input
          id="apply-title"
          className={`mt-1 ${inputClassName}`}
          value={projectTitle}
          maxLength={160}
          placeholder={t("projectTitlePlaceholder")}
          onChange={(event) => setProjectTitle(event.target.value)}
        />
      </div>
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? t("starting") : t("start")}
      </Button>
      <FormMessage>{error}</FormMessage>
    </form>
  );
}
