"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import {
  moveItem,
  moveQuestion,
  newQuestion,
  newSection,
  QUESTION_TYPE_LABELS,
  removeQuestion,
  replaceQuestion,
  takenKeys,
  type QuestionType,
} from "@/components/form-builder/builder-state";
import { FormPreview } from "@/components/form-builder/form-preview";
import { QuestionRow } from "@/components/form-builder/question-row";
import { builderProblems } from "@/components/form-builder/shape-problems";
import { useFocusAfterRender } from "@/components/form-builder/use-focus-after-render";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { Card, CardBody } from "@/components/ui/card";
import { saveFormDraft } from "@/lib/actions/calls/save-form-draft";
import { HONG_KONG_TIME_ZONE } from "@/lib/domain/dates";
import { countFormQuestions, questionsBefore } from "@/lib/domain/form-builder";
import type { FormDefinition, FormSection } from "@/lib/schemas/forms";

const savedTimeFormat = new Intl.DateTimeFormat("en-HK", {
  timeZone: HONG_KONG_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const STARTER_FORM: FormDefinition = {
  sections: [{ key: "company", title: "Company", questions: [] }],
};

// Each question carries a builder-only `uid` while it is edited: keys change as labels are
// typed, and a row keyed by them would remount (and lose the caret) on every keystroke.
// Initial uids come from positions, so the server's and the browser's first render agree.
let nextUid = 0;
const newUid = () => `new${++nextUid}`;

function uidOf(question: object): string {
  return (question as { uid?: string }).uid ?? "";
}

function withUids(definition: FormDefinition): FormDefinition {
  return {
    ...definition,
    sections: definition.sections.map((section, s) => ({
      ...section,
      questions: section.questions.map((question, q) => ({ ...question, uid: `q${s}-${q}` })),
    })),
  };
}

/** The definition as saved and previewed: without the builder's uids. */
function withoutUids(definition: FormDefinition): FormDefinition {
  return {
    ...definition,
    sections: definition.sections.map((section) => ({
      ...section,
      questions: section.questions.map((question) => {
        const copy = { ...question };
        delete (copy as { uid?: string }).uid;
        return copy;
      }),
    })),
  };
}

/** A section's header: title in English and Chinese, description, order and removal. */
function SectionHeader({
  section,
  index,
  count,
  isReadOnly,
  onChange,
  onMove,
  onRemove,
}: {
  section: FormSection;
  index: number;
  count: number;
  isReadOnly: boolean;
  onChange: (section: FormSection) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("formBuilderClient.section");
  const id = `section-${index}`;
  const name = section.title || t("number", { number: index + 1 });
  return (
    <div className="space-y-3 border-b border-ink-100 px-4 py-3 sm:px-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold text-ink-900">
          {t("number", { number: index + 1 })}
          <span className="ml-2 text-sm font-normal text-ink-500">
            {t("questions", { count: section.questions.length })}
          </span>
        </h2>
        {isReadOnly ? null : (
          <div className="flex gap-1">
            <Button
              id={`${id}-up`}
              size="sm"
              variant="ghost"
              disabled={index === 0}
              aria-label={t("moveUp", { name })}
              onClick={() => onMove(-1)}
            >
              ↑
            </Button>
            <Button
              id={`${id}-down`}
              size="sm"
              variant="ghost"
              disabled={index === count - 1}
              aria-label={t("moveDown", { name })}
              onClick={() => onMove(1)}
            >
              ↓
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={count === 1 || section.questions.length > 0}
              title={section.questions.length > 0 ? t("removeBlocked") : undefined}
              aria-label={t("remove", { name })}
              onClick={onRemove}
            >
              {t("removeButton")}
            </Button>
          </div>
        )}
      </div>
      <fieldset disabled={isReadOnly} className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${id}-title`} className="block text-xs font-medium text-ink-700">
            {t("title")}
          </label>
          <input
            id={`${id}-title`}
            className={inputClassName}
            value={section.title}
            onChange={(event) => onChange({ ...section, title: event.target.value })}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-title-zh`} className="block text-xs font-medium text-ink-700">
            {t("titleZh")}
          </label>
          <input
            id={`${id}-title-zh`}
            lang="zh-HK"
            className={inputClassName}
            value={section.titleZh ?? ""}
            onChange={(event) => onChange({ ...section, titleZh: event.target.value || undefined })}
          />
        </div>
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor={`${id}-description`} className="block text-xs font-medium text-ink-700">
            {t("introduction")}
          </label>
          <input
            id={`${id}-description`}
            className={inputClassName}
            value={section.description ?? ""}
            onChange={(event) =>
              onChange({ ...section, description: event.target.value || undefined })
            }
          />
        </div>
      </fieldset>
    </div>
  );
}

/** "Add a question" at the end of a section: pick the type, then edit it. */
function AddQuestion({ id, onAdd }: { id: string; onAdd: (type: QuestionType) => void }) {
  const t = useTranslations("formBuilderClient");
  const [type, setType] = useState<QuestionType>("shortText");
  return (
    <div className="flex flex-wrap items-end gap-2 border-t border-ink-100 px-4 py-3 sm:px-5">
      <div className="space-y-1">
        <label htmlFor={id} className="block text-xs font-medium text-ink-700">
          {t("newQuestionType")}
        </label>
        <select
          id={id}
          className={`${inputClassName} max-w-48`}
          value={type}
          onChange={(event) => setType(event.target.value as QuestionType)}
        >
          {(Object.keys(QUESTION_TYPE_LABELS) as QuestionType[]).map((option) => (
            <option key={option} value={option}>
              {t(`type.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <Button variant="secondary" onClick={() => onAdd(type)}>
        {t("addQuestion")}
      </Button>
    </div>
  );
}

/**
 * The application form builder: sections and questions in order (moved with ↑/↓ buttons, so
 * the keyboard is enough), each question's settings and condition, live problems, a preview
 * drawn by the applicant's own fields, and saving as the call's draft version.
 */
export function FormBuilder({
  organisation,
  callId,
  initialDefinition,
  initialLastSavedAt,
  isEditingPublished,
  publishedVersion,
  isReadOnly,
}: {
  organisation: string;
  callId: string;
  initialDefinition: FormDefinition | null;
  /** The draft's save stamp, for the conflict check; null before the first draft exists. */
  initialLastSavedAt: string | null;
  /** The definition shown is the published version: saving starts a new draft version. */
  isEditingPublished: boolean;
  publishedVersion: number | null;
  isReadOnly: boolean;
}) {
  const t = useTranslations("formBuilderClient");
  const toast = useToast();
  const router = useRouter();
  const [definition, setDefinition] = useState<FormDefinition>(() =>
    withUids(initialDefinition ?? STARTER_FORM),
  );
  const [lastSavedAt, setLastSavedAt] = useState(initialLastSavedAt);
  const [isDirty, setIsDirty] = useState(false);
  const [view, setView] = useState<"edit" | "preview">("edit");
  const [openKeys, setOpenKeys] = useState<Set<string>>(() => new Set());
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { executeAsync, isPending } = useAction(saveFormDraft);
  const focusLater = useFocusAfterRender();
  const plain = useMemo(() => withoutUids(definition), [definition]);
  const problems = useMemo(() => builderProblems(plain), [plain]);
  const questionCount = countFormQuestions(definition);
  const keys = useMemo(() => takenKeys(definition), [definition]);

  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty]);

  function edit(next: FormDefinition) {
    setDefinition(next);
    setIsDirty(true);
    setMessage(null);
  }
  function toggle(key: string, isOpen: boolean) {
    setOpenKeys((current) => {
      const next = new Set(current);
      if (isOpen) next.add(key);
      else next.delete(key);
      return next;
    });
  }
  function updateSection(index: number, section: FormSection) {
    edit({
      ...definition,
      sections: definition.sections.map((s, i) => (i === index ? section : s)),
    });
  }

  async function save() {
    setMessage(null);
    try {
      const result = await executeAsync({
        organisation,
        callId,
        definition: plain,
        lastSavedAt,
      });
      if (!result?.data) {
        setMessage({ tone: "error", text: describeActionError(result ?? {}) ?? t("notSaved") });
        return;
      }
      setLastSavedAt(result.data.savedAt);
      setIsDirty(false);
      const text = `${t("savedDraft", {
        version: result.data.version,
        time: savedTimeFormat.format(new Date(result.data.savedAt)),
      })}${result.data.problems.length > 0 ? ` ${t("fixBeforePublishing")}` : ""}`;
      setMessage({ tone: "success", text });
      toast({ title: text });
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: UNREACHABLE_MESSAGE });
    }
  }

  const hasShapeProblems = problems.some((problem) =>
    /Write the question|Give the section|Keys use|Every option|Choose the answers/.test(
      problem.message,
    ),
  );

  return (
    <div className="space-y-4">
      {isEditingPublished && !isDirty && !lastSavedAt ? (
        <p className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {t("editingPublished", {
            published: publishedVersion ?? 0,
            next: (publishedVersion ?? 0) + 1,
          })}
        </p>
      ) : null}

      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-2 border-b border-ink-200 bg-ink-50/95 px-4 py-2 backdrop-blur sm:mx-0 sm:rounded-md sm:border">
        <div role="tablist" aria-label={t("viewLabel")} className="flex gap-1">
          {(["edit", "preview"] as const).map((option) => (
            <Button
              key={option}
              role="tab"
              aria-selected={view === option}
              size="sm"
              variant={view === option ? "primary" : "ghost"}
              onClick={() => setView(option)}
            >
              {option === "edit" ? t("buildTab") : t("previewTab")}
            </Button>
          ))}
        </div>
        <div className="flex items-center gap-3">
          <span className="text-sm text-ink-600" aria-live="polite">
            {t("questionCount", { count: questionCount })}
            {problems.length > 0 ? ` · ${t("problemCount", { count: problems.length })}` : ""}
            {isDirty ? ` · ${t("unsaved")}` : ""}
          </span>
          {isReadOnly ? null : (
            <Button
              size="sm"
              onClick={save}
              disabled={isPending || !isDirty || hasShapeProblems}
              title={hasShapeProblems ? t("fixFirst") : undefined}
            >
              {isPending ? t("saving") : t("saveDraft")}
            </Button>
          )}
        </div>
      </div>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}

      {view === "preview" ? (
        <FormPreview definition={plain} />
      ) : (
        <>
          {definition.sections.map((section, sectionIndex) => (
            <Card key={`section-${sectionIndex}`}>
              <SectionHeader
                section={section}
                index={sectionIndex}
                count={definition.sections.length}
                isReadOnly={isReadOnly}
                onChange={(next) => updateSection(sectionIndex, next)}
                onMove={(delta) => {
                  focusLater(
                    `section-${sectionIndex + delta}-${delta === -1 ? "up" : "down"}`,
                    `section-${sectionIndex + delta}-${delta === -1 ? "down" : "up"}`,
                  );
                  edit({
                    ...definition,
                    sections: moveItem(definition.sections, sectionIndex, delta),
                  });
                }}
                onRemove={() =>
                  edit({
                    ...definition,
                    sections: definition.sections.filter((_, i) => i !== sectionIndex),
                  })
                }
              />
              {section.questions.length === 0 ? (
                <CardBody>
                  <p className="text-sm text-ink-500">
                    No question in this section yet. Add one below.
                  </p>
                </CardBody>
              ) : (
                <ol className="divide-y divide-ink-100">
                  {section.questions.map((question, questionIndex) => (
                    <QuestionRow
                      key={uidOf(question)}
                      uid={uidOf(question)}
                      number={`${sectionIndex + 1}.${questionIndex + 1}`}
                      question={question}
                      isOpen={openKeys.has(uidOf(question))}
                      isReadOnly={isReadOnly}
                      isFirst={sectionIndex === 0 && questionIndex === 0}
                      isLast={
                        sectionIndex === definition.sections.length - 1 &&
                        questionIndex === section.questions.length - 1
                      }
                      problems={problems.filter(
                        (problem) =>
                          problem.sectionIndex === sectionIndex &&
                          problem.questionIndex === questionIndex,
                      )}
                      earlierQuestions={questionsBefore(definition, sectionIndex, questionIndex)}
                      otherKeys={new Set([...keys].filter((key) => key !== question.key))}
                      onToggle={(isOpen) => toggle(uidOf(question), isOpen)}
                      onChange={(next) =>
                        edit(
                          replaceQuestion(
                            definition,
                            sectionIndex,
                            questionIndex,
                            Object.assign({ ...next }, { uid: uidOf(question) }),
                          ),
                        )
                      }
                      onMove={(delta) => {
                        const moved = moveQuestion(definition, sectionIndex, questionIndex, delta);
                        focusLater(
                          `question-${uidOf(question)}-${delta === -1 ? "up" : "down"}`,
                          `question-${uidOf(question)}-${delta === -1 ? "down" : "up"}`,
                        );
                        edit(moved.definition);
                      }}
                      onRemove={() => edit(removeQuestion(definition, sectionIndex, questionIndex))}
                    />
                  ))}
                </ol>
              )}
              {problems
                .filter(
                  (problem) =>
                    problem.sectionIndex === sectionIndex && problem.questionIndex === undefined,
                )
                .map((problem) => (
                  <p key={problem.message} className="px-4 pb-3 text-sm text-red-700 sm:px-5">
                    {problem.message}
                  </p>
                ))}
              {isReadOnly ? null : (
                <AddQuestion
                  id={`section-${sectionIndex}-new-type`}
                  onAdd={(type) => {
                    const uid = newUid();
                    const question = { ...newQuestion(type, definition), uid };
                    const sections = definition.sections.map((s, i) =>
                      i === sectionIndex ? { ...s, questions: [...s.questions, question] } : s,
                    );
                    toggle(uid, true);
                    focusLater(`question-${uid}-editor-label`);
                    edit({ ...definition, sections });
                  }}
                />
              )}
            </Card>
          ))}
          {isReadOnly ? null : (
            <Button
              variant="secondary"
              onClick={() =>
                edit({ ...definition, sections: [...definition.sections, newSection(definition)] })
              }
            >
              {t("addSection")}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
