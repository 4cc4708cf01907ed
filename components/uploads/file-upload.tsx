"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ACCEPT_ATTRIBUTE } from "@/lib/uploads/sniff";

export type UploadedFile = {
  id: string;
  fileName: string;
  sizeBytes: number;
  mimeType?: string;
};

type FileUploadProps = {
  /** Slug of the organisation the user acts in. */
  organisation: string;
  /** Upload target name (lib/uploads/targets) and the record's id. */
  target: string;
  targetId: string;
  kind?: string;
  label: string;
  description?: string;
  files: readonly UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  maxFiles?: number;
  /** Files can be listed and downloaded but not added or removed. */
  readOnly?: boolean;
  required?: boolean;
  /** Shown under the field, e.g. a validation message from the surrounding form. */
  error?: string;
};

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Sends one file with progress; resolves with the stored attachment or the server's message. */
function sendFile(
  form: FormData,
  onProgress: (fraction: number) => void,
  messages: { tooLarge: string; failed: string },
): Promise<{ ok: true; file: UploadedFile } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/attachments");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as {
        attachment?: UploadedFile;
        error?: { message?: string };
      } | null;
      if (request.status === 201 && body?.attachment) resolve({ ok: true, file: body.attachment });
      else
        resolve({
          ok: false,
          message:
            body?.error?.message ?? (request.status === 413 ? messages.tooLarge : messages.failed),
        });
    };
    request.onerror = () => resolve({ ok: false, message: messages.failed });
    request.send(form);
  });
}

/**
 * Attach files to a record: each file is checked by the server (type by content, size) and
 * stored at once; the list shows what is attached, with download and remove.
 */
export function FileUpload({
  organisation,
  target,
  targetId,
  kind,
  label,
  description,
  files,
  onChange,
  maxFiles = 10,
  readOnly = false,
  required = false,
  error,
}: FileUploadProps) {
  const t = useTranslations("uploadsClient");
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const canAdd = !readOnly && files.length < maxFiles && !progress;

  async function upload(selected: FileList | null) {
    if (!selected || selected.length === 0) return;
    setMessage(null);
    let current = [...files];
    for (const file of Array.from(selected)) {
      if (current.length >= maxFiles) {
        setMessage(t("tooMany", { max: maxFiles }));
        break;
      }
      const form = new FormData();
      form.set("organisation", organisation);
      form.set("target", target);
      form.set("targetId", targetId);
      if (kind) form.set("kind", kind);
      form.set("file", file);
      setProgress({ name: file.name, fraction: 0 });
      const result = await sendFile(
        form,
        (fraction) => setProgress({ name: file.name, fraction }),
        { tooLarge: t("tooLarge"), failed: t("failed") },
      );
      if (!result.ok) {
        setMessage(result.message);
        break;
      }
      current = [...current, result.file];
      onChange(current);
    }
    setProgress(null);
    if (inputRef.current) inputRef.current.value = "";
  }

  async function remove(file: UploadedFile) {
    setMessage(null);
    setRemoving(file.id);
    try {
      const response = await fetch(
        `/api/attachments/${encodeURIComponent(file.id)}?organisation=${encodeURIComponent(organisation)}`,
        { method: "DELETE" },
      );
      if (response.status === 204 || response.status === 404) {
        onChange(files.filter((other) => other.id !== file.id));
      } else {
        const body = (await response.json().catch(() => null)) as {
          error?: { message?: string };
        } | null;
        setMessage(body?.error?.message ?? t("notRemoved"));
      }
    } catch {
      setMessage(t("notRemovedOffline"));
    } finally {
      setRemoving(null);
    }
  }

  const shownError = message ?? error;
  return (
    <div className="space-y-2">
      <div>
        <label htmlFor={inputId} className="text-sm font-medium text-ink-900">
          {label}
          {required ? <span className="text-red-700"> *</span> : null}
        </label>
        <p id={hintId} className="text-sm text-ink-600">
          {description ? `${description} ` : ""}
          {t("types")}
        </p>
      </div>
      {files.length > 0 ? (
        <ul className="divide-y divide-ink-100 rounded-md border border-ink-200 bg-white">
          {files.map((file) => (
            <li key={file.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
              <a
                className="min-w-0 truncate font-medium text-brand-800 underline-offset-2 hover:underline"
                href={`/api/attachments/${encodeURIComponent(file.id)}?organisation=${encodeURIComponent(organisation)}`}
              >
                {file.fileName}
              </a>
              <span className="flex shrink-0 items-center gap-2 text-ink-600">
                {formatSize(file.sizeBytes)}
                {readOnly ? null : (
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => remove(file)}
                    disabled={removing === file.id}
                    aria-label={t("removeLabel", { name: file.fileName })}
                  >
                    {removing === file.id ? t("removing") : t("remove")}
                  </Button>
                )}
              </span>
            </li>
          ))}
        </ul>
      ) : readOnly ? (
        <p className="text-sm text-ink-600">{t("none")}</p>
      ) : null}
      {readOnly ? null : (
        <div className="flex flex-wrap items-center gap-3">
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept={ACCEPT_ATTRIBUTE}
            multiple={maxFiles - files.length > 1}
            disabled={!canAdd}
            aria-describedby={hintId}
            aria-invalid={shownError ? true : undefined}
            onChange={(event) => upload(event.target.files)}
            className="block max-w-full text-sm text-ink-700 file:mr-3 file:rounded-md file:border file:border-ink-200 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-ink-800 hover:file:bg-ink-50"
          />
          {progress ? (
            <span role="status" className="text-sm text-ink-700">
              {t("uploading", {
                name: progress.name,
                percent: Math.round(progress.fraction * 100),
              })}
            </span>
          ) : null}
        </div>
      )}
      {shownError ? (
        <p role="alert" className="text-sm text-red-700">
          {shownError}
        </p>
      ) : null}
    </div>
  );
}
