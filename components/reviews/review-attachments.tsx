import { useTranslations } from "next-intl";
import type { AttachmentKind } from "@/lib/generated/prisma/enums";

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The application's files, each a download through the reviewer's own membership. */
export function ReviewAttachments({
  organisation,
  files,
}: {
  organisation: string;
  files: { id: string; kind: AttachmentKind; fileName: string; sizeBytes: number }[];
}) {
  const t = useTranslations("reviewsClient.files");
  return (
    <section aria-labelledby="review-files-title">
      <h3 id="review-files-title" className="text-sm font-semibold text-ink-900">
        {t("title")}
      </h3>
      {files.length === 0 ? (
        <p className="mt-1 text-sm text-ink-500">{t("none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-ink-100 rounded-md border border-ink-200">
          {files.map((file) => (
            <li
              key={file.id}
              className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm"
            >
              <a
                href={`/api/attachments/${file.id}?organisation=${encodeURIComponent(organisation)}`}
                className="min-w-0 truncate font-medium text-brand-700 hover:underline"
              >
                {file.fileName}
              </a>
              <span className="text-xs text-ink-500">
                {t(`kind.${file.kind}`)} · {sizeText(file.sizeBytes)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
