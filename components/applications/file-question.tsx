"use client";

import { useLocale, useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { FileUpload, type UploadedFile } from "@/components/uploads/file-upload";
import {
  DEFAULT_MAX_FILES_PER_QUESTION,
  fileAnswerIds,
  filesOfAnswer,
} from "@/lib/domain/file-answers";
import type { FormQuestion } from "@/lib/schemas/forms";

/** Kinds the application upload target accepts (lib/uploads/targets/application.ts). */
const APPLICATION_FILE_KINDS = new Set(["PITCH_DECK", "IP_SUMMARY", "FINANCIALS", "OTHER"]);

type FileQuestionContextValue = {
  organisation: string;
  applicationId: string;
  /** Every file of the application known to this page: loaded with it, or uploaded since. */
  files: readonly UploadedFile[];
  remember: (files: readonly UploadedFile[]) => void;
};

const FileQuestionContext = createContext<FileQuestionContextValue | null>(null);

/**
 * Gives the draft form's file questions what they need to upload: the start-up, the
 * application, and the application's files (an answer stores only their ids).
 */
export function FileQuestionProvider({
  organisation,
  applicationId,
  initialFiles,
  children,
}: {
  organisation: string;
  applicationId: string;
  initialFiles: readonly UploadedFile[];
  children: ReactNode;
}) {
  const [files, setFiles] = useState<readonly UploadedFile[]>(initialFiles);
  const remember = useCallback((added: readonly UploadedFile[]) => {
    setFiles((known) => {
      const ids = new Set(known.map((file) => file.id));
      const fresh = added.filter((file) => !ids.has(file.id));
      return fresh.length > 0 ? [...known, ...fresh] : known;
    });
  }, []);
  const value = useMemo(
    () => ({ organisation, applicationId, files, remember }),
    [organisation, applicationId, files, remember],
  );
  return <FileQuestionContext.Provider value={value}>{children}</FileQuestionContext.Provider>;
}

/**
 * A file question of a draft: upload (checked by the server as it arrives), list, download and
 * remove; the answer is the list of the files' ids, autosaved like any other answer.
 */
export function FileQuestionField({
  question,
  value,
  error,
  isReadOnly,
  onChange,
}: {
  question: Extract<FormQuestion, { type: "file" }>;
  value: unknown;
  error?: string;
  isReadOnly?: boolean;
  onChange: (value: unknown) => void;
}) {
  const context = useContext(FileQuestionContext);
  const t = useTranslations("applicationsClient.question");
  const label =
    useLocale().startsWith("zh") && question.labelZh ? question.labelZh : question.label;
  if (!context) {
    // Rendered outside a draft (no application to attach to): say so rather than fail.
    return (
      <p className="text-sm text-ink-600">
        {label}: {t("fileCount", { count: fileAnswerIds(value).length })}
      </p>
    );
  }
  const files = filesOfAnswer(value, context.files);
  const kind =
    question.attachmentKind && APPLICATION_FILE_KINDS.has(question.attachmentKind)
      ? question.attachmentKind
      : undefined;
  return (
    <FileUpload
      organisation={context.organisation}
      target="application"
      targetId={context.applicationId}
      kind={kind}
      label={question.required ? label : `${label} ${t("optional")}`}
      description={question.helpText}
      files={files}
      maxFiles={question.maxFiles ?? DEFAULT_MAX_FILES_PER_QUESTION}
      readOnly={isReadOnly}
      required={question.required}
      error={error}
      onChange={(next) => {
        context.remember(next);
        onChange(next.length > 0 ? next.map((file) => file.id) : null);
      }}
    />
  );
}
