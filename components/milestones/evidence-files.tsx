"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FileUpload, type UploadedFile } from "@/components/uploads/file-upload";

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The files of one evidence submission: the start-up adds and removes them until it is
 * assessed; everyone else (and the start-up afterwards) sees the list and downloads.
 */
export function EvidenceFiles({
  organisation,
  evidenceId,
  files,
  canChange,
}: {
  organisation: string;
  evidenceId: string;
  files: UploadedFile[];
  canChange: boolean;
}) {
  const t = useTranslations("milestonesClient");
  const router = useRouter();
  const [current, setCurrent] = useState(files);
  if (!canChange) {
    if (files.length === 0) return <p className="text-sm text-ink-500">{t("files.none")}</p>;
    return (
      <ul
        aria-label={t("files.label")}
        className="divide-y divide-ink-100 rounded-md border border-ink-200 bg-white"
      >
        {files.map((file) => (
          <li key={file.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
            <a
              className="min-w-0 truncate font-medium text-brand-800 underline-offset-2 hover:underline"
              href={`/api/attachments/${encodeURIComponent(file.id)}?organisation=${encodeURIComponent(organisation)}`}
            >
              {file.fileName}
            </a>
            <span className="shrink-0 text-ink-600">{formatSize(file.sizeBytes)}</span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <FileUpload
      organisation={organisation}
      target="milestone-evidence"
      targetId={evidenceId}
      kind="MILESTONE_EVIDENCE"
      label={t("files.attach")}
      description={t("files.attachHint")}
      files={current}
      onChange={(next) => {
        setCurrent(next);
        router.refresh();
      }}
      maxFiles={10}
    />
  );
}
