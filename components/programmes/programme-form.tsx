"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Controller, useForm, useWatch, type Resolver } from "react-hook-form";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { CheckboxGroup } from "@/components/programmes/checkbox-group";
import { FundingBucketsEditor } from "@/components/programmes/funding-buckets-editor";
import { errorIdOf, Field, FieldSet, textareaClassName } from "@/components/programmes/field";
import { Button, ButtonLink } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { createProgramme } from "@/lib/actions/programmes/create-programme";
import { updateProgramme } from "@/lib/actions/programmes/update-programme";
import {
  FocusArea,
  ProgrammeBenefit,
  ProgrammeKind,
  ProgrammeStatus,
} from "@/lib/generated/prisma/enums";
import {
  createProgrammeSchema,
  updateProgrammeSchema,
  type UpdateProgrammeInput,
} from "@/lib/schemas/programmes";

export type ProgrammeFormValues = Omit<UpdateProgrammeInput, "programmeId"> & {
  programmeId?: string;
};

/**
 * Creates or edits a programme: names, kind, status, focus areas, benefits, funding cap and
 * duration, funding buckets and (co-incubation) partners. Amounts are typed in HK dollars and
 * sent as text; the server turns them into exact cents.
 */
export function ProgrammeForm({
  organisation,
  defaultValues,
  partners,
  cancelHref,
}: {
  organisation: string;
  defaultValues: ProgrammeFormValues;
  partners: readonly { id: string; name: string; nameZh: string | null }[];
  cancelHref: string;
}) {
  const t = useTranslations("programmesClient.form");
  const labels = useTranslations("programmesClient");
  const toast = useToast();
  const router = useRouter();
  const isEdit = Boolean(defaultValues.programmeId);
  const [formError, setFormError] = useState<string | null>(null);
  const create = useAction(createProgramme);
  const update = useAction(updateProgramme);
  const isPending = create.isPending || update.isPending;
  // raw: the form keeps amounts as typed text; the action parses them itself.
  const resolver = (
    isEdit
      ? zodResolver(updateProgrammeSchema, undefined, { raw: true })
      : zodResolver(createProgrammeSchema, undefined, { raw: true })
  ) as Resolver<ProgrammeFormValues>;
  const form = useForm<ProgrammeFormValues>({ resolver, defaultValues });
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = form;
  const kind = useWatch({ control, name: "kind" });
  const partnerIds = useWatch({ control, name: "partnerIds" });
  const status = useWatch({ control, name: "status" });
  // Only co-incubation programmes have partners: switching away unlinks them (as saving would).
  useEffect(() => {
    if (kind !== "CO_INCUBATION" && partnerIds.length > 0) form.setValue("partnerIds", []);
  }, [form, kind, partnerIds]);

  async function onSubmit(values: ProgrammeFormValues) {
    setFormError(null);
    const input = { ...values, organisation };
    try {
      const result =
        isEdit && values.programmeId
          ? await update.executeAsync({ ...input, programmeId: values.programmeId })
          : await create.executeAsync(input);
      if (!result?.data) {
        setFormError(describeActionError(result ?? {}) ?? t("notSaved"));
        return;
      }
      toast({ title: isEdit ? t("saved") : t("created") });
      router.push(`/${organisation}/programmes/${result.data.programmeId}`);
      router.refresh();
    } catch {
      setFormError(UNREACHABLE_MESSAGE);
    }
  }

  const describedBy = (id: string, hasError: boolean) =>
    hasError ? { "aria-invalid": true, "aria-describedby": errorIdOf(id) } : {};

  return (
    <form
      onSubmit={handleSubmit(onSubmit, () => setFormError(t("checkFields")))}
      noValidate
      aria-label={isEdit ? t("editLabel") : t("newLabel")}
      className="space-y-6"
    >
      <Card>
        <CardHeader title={t("about")} />
        <CardBody className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="programme-name" label={t("name")} error={errors.name?.message}>
              <input
                id="programme-name"
                className={inputClassName}
                placeholder="Incu-Bio Programme"
                {...describedBy("programme-name", Boolean(errors.name))}
                {...register("name")}
              />
            </Field>
            <Field id="programme-name-zh" label={t("nameZh")} error={errors.nameZh?.message}>
              <input
                id="programme-name-zh"
                lang="zh-HK"
                className={inputClassName}
                placeholder="生物科技培育計劃"
                {...register("nameZh")}
              />
            </Field>
          </div>
          <FieldSet legend={t("kind")} error={errors.kind?.message}>
            <div className="grid gap-2 sm:grid-cols-3">
              {Object.values(ProgrammeKind).map((value) => (
                <label
                  key={value}
                  className="flex cursor-pointer gap-2 rounded-md border border-ink-200 p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                >
                  <input type="radio" value={value} className="mt-0.5" {...register("kind")} />
                  <span>
                    <span className="block font-medium text-ink-900">
                      {labels(`kind.${value}`)}
                    </span>
                    <span className="block text-xs text-ink-500">{t(`kindHint.${value}`)}</span>
                  </span>
                </label>
              ))}
            </div>
          </FieldSet>
          <Field
            id="programme-status"
            label={t("status")}
            hint={status ? labels(`statusHint.${status}`) : undefined}
            error={errors.status?.message}
          >
            <select
              id="programme-status"
              className={`${inputClassName} sm:max-w-60`}
              {...register("status")}
            >
              {Object.values(ProgrammeStatus).map((value) => (
                <option key={value} value={value}>
                  {labels(`status.${value}`)}
                </option>
              ))}
            </select>
          </Field>
          <FieldSet legend={t("focusAreas")} error={errors.focusAreas?.message}>
            <Controller
              control={control}
              name="focusAreas"
              render={({ field }) => (
                <CheckboxGroup
                  className="grid gap-1.5 sm:grid-cols-2 lg:grid-cols-4"
                  options={Object.values(FocusArea).map((value) => ({
                    value,
                    label: labels(`focus.${value}`),
                  }))}
                  value={field.value ?? []}
                  onChange={field.onChange}
                />
              )}
            />
          </FieldSet>
          <FieldSet legend={t("benefits")} error={errors.benefits?.message}>
            <Controller
              control={control}
              name="benefits"
              render={({ field }) => (
                <CheckboxGroup
                  className="grid gap-1.5 sm:grid-cols-2 lg:grid-cols-3"
                  options={Object.values(ProgrammeBenefit).map((value) => ({
                    value,
                    label: labels(`benefit.${value}`),
                  }))}
                  value={field.value ?? []}
                  onChange={field.onChange}
                />
              )}
            />
          </FieldSet>
          <Field
            id="programme-description"
            label={t("description")}
            hint={t("descriptionHint")}
            error={errors.description?.message}
          >
            <textarea
              id="programme-description"
              rows={4}
              className={textareaClassName}
              {...register("description")}
            />
          </Field>
        </CardBody>
      </Card>

      <Card>
        <CardHeader title={t("funding")} description={t("fundingDescription")} />
        <CardBody className="space-y-5">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              id="programme-cap"
              label={t("cap")}
              hint={t("capHint")}
              error={errors.fundingCap?.message}
            >
              <div className="relative">
                <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-sm text-ink-500">
                  HK$
                </span>
                <input
                  id="programme-cap"
                  inputMode="decimal"
                  className={`${inputClassName} pl-11 tabular-nums`}
                  {...describedBy("programme-cap", Boolean(errors.fundingCap))}
                  {...register("fundingCap")}
                />
              </div>
            </Field>
            <Field
              id="programme-duration"
              label={t("duration")}
              hint={t("durationHint")}
              error={errors.durationMonths?.message}
            >
              <div className="flex items-center gap-2">
                <input
                  id="programme-duration"
                  type="number"
                  min={1}
                  max={120}
                  className={`${inputClassName} max-w-28 tabular-nums`}
                  {...describedBy("programme-duration", Boolean(errors.durationMonths))}
                  {...register("durationMonths", { valueAsNumber: true })}
                />
                <span className="text-sm text-ink-600">{t("months")}</span>
              </div>
            </Field>
          </div>
          <FundingBucketsEditor form={form} />
        </CardBody>
      </Card>

      {kind === "CO_INCUBATION" ? (
        <Card>
          <CardHeader title={t("partners")} description={t("partnersDescription")} />
          <CardBody>
            {partners.length === 0 ? (
              <p className="text-sm text-ink-600">{t("noPartners")}</p>
            ) : (
              <FieldSet legend={t("linkedPartners")} error={errors.partnerIds?.message}>
                <Controller
                  control={control}
                  name="partnerIds"
                  render={({ field }) => (
                    <CheckboxGroup
                      options={partners.map((partner) => ({
                        value: partner.id,
                        label: (
                          <span>
                            {partner.name}
                            {partner.nameZh ? (
                              <span className="ml-1 text-ink-500" lang="zh-HK">
                                {partner.nameZh}
                              </span>
                            ) : null}
                          </span>
                        ),
                      }))}
                      value={field.value ?? []}
                      onChange={field.onChange}
                    />
                  )}
                />
              </FieldSet>
            )}
          </CardBody>
        </Card>
      ) : null}

      <FormMessage>{formError}</FormMessage>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? t("saving") : isEdit ? t("save") : t("create")}
        </Button>
        <ButtonLink href={cancelHref} variant="ghost">
          {t("cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
