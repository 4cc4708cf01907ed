"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { EligibilityPanel } from "@/components/applications/eligibility-panel";
import { FileQuestionProvider } from "@/components/applications/file-question";
import { QuestionField } from "@/components/applications/question-field";
import type { UploadedFile } from "@/components/uploads/file-upload";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { saveApplicationDraft } from "@/lib/actions/applications/save-application-draft";
import { FORMAT_LOCALE, isLocale } from "@/i18n/locales";
import { HONG_KONG_TIME_ZONE } from "@/lib/domain/dates";
import { evaluateEligibility, type EligibilityCriterionInput } from "@/lib/domain/eligibility";
import { visibleQuestionKeys } from "@/lib/domain/form-conditions";
import { answerValueSchema, formQuestions, type FormDefinition } from "@/lib/schemas/forms";

const AUTOSAVE_DELAY_MS = 1200;
function formatSavedTime(locale: string, at: Date): string {
  return new Intl.DateTimeFormat(isLocale(locale) ? FORMAT_LOCALE[locale] : "en-HK", {
    timeZone: HONG_KONG_TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);
}

type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string; isConflict: boolean };

/**
 * The draft form, autosaved. Not react-hook-form: the fields come from the call's form
 * definition at run time and every change is saved (debounced) rather than submitted, so the
 * answers live in one state object and each answer is checked with the same zod schema the
 * action uses (lib/schemas/forms.ts).
 */
export function ApplicationForm({
  organisation,
  applicationId,
  initialVersion,
  initialAnswers,
  lastSavedAt,
  definition,
  criteria,
  reviewHref,
  attachments = [],
}: {
  organisation: string;
  applicationId: string;
  /** The application's files, which its file questions' answers name by id. */
  attachments?: readonly UploadedFile[];
  initialVersion: number;
  initialAnswers: Record<string, unknown>;
  lastSavedAt: string;
  definition: FormDefinition;
  criteria: EligibilityCriterionInput[];
  reviewHref: string;
}) {
  const t = useTranslations("applicationsClient.form");
  const locale = useLocale();
  const isChinese = locale.startsWith("zh");
  const [answers, setAnswers] = useState(initialAnswers);
  const [saveState, setSaveState] = useState<SaveState>({
    kind: "saved",
    at: new Date(lastSavedAt),
  });
  const version = useRef(initialVersion);
  const pending = useRef<Record<string, unknown>>({});
  const saving = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { executeAsync } = useAction(saveApplicationDraft);
  const router = useRouter();

  const questions = useMemo(() => formQuestions(definition), [definition]);
  const labels = useMemo(
    () => new Map(questions.map((q) => [q.key, isChinese && q.labelZh ? q.labelZh : q.label])),
    [questions, isChinese],
  );
  const visible = visibleQuestionKeys(definition, answers);
  const eligibility = evaluateEligibility(criteria, answers, (key) => labels.get(key) ?? key);

  const errors = useMemo(() => {
    const found: Record<string, string> = {};
    for (const question of questions) {
      const value = answers[question.key];
      if (value === undefined || value === null || value === "") continue;
      const checked = answerValueSchema(question).safeParse(value);
      if (!checked.success)
        found[question.key] = checked.error.issues[0]?.message ?? t("checkThis");
    }
    return found;
  }, [answers, questions, t]);

  const flush = useCallback(async (): Promise<void> => {
    // Loops while answers typed during a save are waiting: they go right after it.
    for (;;) {
      // A save already under way finishes first; what was typed meanwhile is sent after it, so
      // "Review and submit" never leaves the last answers behind.
      while (saving.current) await saving.current;
      if (Object.keys(pending.current).length === 0) return;
      // Answers with a shape error stay unsaved until fixed; the rest go now.
      const ready = Object.fromEntries(
        Object.entries(pending.current).filter(([key]) => !errors[key]),
      );
      if (Object.keys(ready).length === 0) return;
      for (const key of Object.keys(ready)) delete pending.current[key];
      setSaveState({ kind: "saving" });
      let succeeded = false;
      const save = (async () => {
        try {
          const result = await executeAsync({
            organisation,
            applicationId,
            version: version.current,
            answers: ready as Record<string, never>,
          });
          if (result.data) {
            version.current = result.data.version;
            succeeded = true;
            setSaveState({ kind: "saved", at: new Date(result.data.savedAt) });
          } else {
            const code = (result.serverError as { code?: string } | undefined)?.code;
            // A conflict stops autosave: retrying would overwrite the newer answers.
            if (code !== "CONFLICT") Object.assign(pending.current, ready, pending.current);
            setSaveState({
              kind: "error",
              message: describeActionError(result) ?? t("notSavedError"),
              isConflict: code === "CONFLICT",
            });
          }
        } catch {
          Object.assign(pending.current, ready, pending.current);
          setSaveState({ kind: "error", message: UNREACHABLE_MESSAGE, isConflict: false });
        }
      })();
      saving.current = save;
      try {
        await save;
      } finally {
        saving.current = null;
      }

      if (!succeeded) return;
    }
  }, [applicationId, errors, executeAsync, organisation, t]);

  const scheduleSave = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const isConflict = saveState.kind === "error" && saveState.isConflict;
  function change(key: string, value: unknown) {
    if (isConflict) return;
    setAnswers((current) => ({ ...current, [key]: value }));
    pending.current[key] = value;
    scheduleSave();
  }

  const statusText =
    saveState.kind === "saving"
      ? t("saving")
      : saveState.kind === "saved"
        ? t("savedAt", { time: formatSavedTime(locale, saveState.at) })
        : saveState.kind === "idle"
          ? t("notSavedYet")
          : t("notSaved");

  async function goToReview() {
    // Save what is typed first, so the review page shows it.
    if (timer.current) clearTimeout(timer.current);
    await flush();
    router.push(reviewHref);
  }

  const form = (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="space-y-6">
        {/* On a phone the side panel is far below: keep the save state and the way on in view. */}
        <div className="sticky top-0 z-10 -mx-4 flex items-center justify-between gap-3 border-b border-ink-200 bg-white/95 px-4 py-2 backdrop-blur lg:hidden">
          <p className="text-sm text-ink-600" aria-hidden>
            {statusText}
          </p>
          <Button size="sm" disabled={isConflict} onClick={goToReview}>
            {t("reviewAndSubmit")}
          </Button>
        </div>
        {definition.sections.map((section, index) => {
          const shown = section.questions.filter((q) => visible.has(q.key));
          return (
            <Card key={section.key}>
              <CardHeader
                title={`${index + 1}. ${isChinese && section.titleZh ? section.titleZh : section.title}`}
                description={
                  isChinese ? section.description : (section.titleZh ?? section.description)
                }
              />
              <CardBody className="space-y-5">
                {shown.map((question) => (
                  <QuestionField
                    key={question.key}
                    question={question}
                    value={answers[question.key]}
                    error={errors[question.key]}
                    isReadOnly={isConflict}
                    onChange={(value) => change(question.key, value)}
                  />
                ))}
              </CardBody>
            </Card>
          );
        })}
      </div>
      <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
        <Card>
          <CardBody className="space-y-3">
            <p className="text-sm text-ink-600" role="status" aria-live="polite">
              {statusText}
            </p>
            {saveState.kind === "error" ? <FormMessage>{saveState.message}</FormMessage> : null}
            <Button className="w-full" disabled={isConflict} onClick={goToReview}>
              {t("reviewAndSubmit")}
            </Button>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("eligibilityTitle")} description={t("eligibilityDescription")} />
          <EligibilityPanel results={eligibility} />
        </Card>
      </aside>
    </div>
  );
  return (
    <FileQuestionProvider
      organisation={organisation}
      applicationId={applicationId}
      initialFiles={attachments}
    >
      {form}
    </FileQuestionProvider>
  );
}
