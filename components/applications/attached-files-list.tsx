export type AttachedFile = { id: string; fileName: string; sizeBytes: number };

/** "2.4 MB", "310 KB": a file's size as people read it. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The files answering a file question, each a download (GET /api/attachments/<id>, which checks
 * the viewer may see it) with its size.
 */
export function AttachedFilesList({
  organisation,
  files,
}: {
  /** The slug of the organisation the viewer acts in (the download names it). */
  organisation: string;
  files: readonly AttachedFile[];
}) {
  return (
    <ul className="space-y-1">
      {files.map((file) => (
        <li key={file.id} className="flex min-w-0 items-baseline gap-2">
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 shrink-0 text-ink-400">
            <path
              d="M4 1.5h5l3.5 3.5v9.5h-8.5z M9 1.5V5h3.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.2"
              strokeLinejoin="round"
            />
          </svg>
          <a
            href={`/api/attachments/${encodeURIComponent(file.id)}?organisation=${encodeURIComponent(organisation)}`}
            className="min-w-0 truncate font-medium text-brand-800 underline-offset-2 hover:underline"
            download
          >
            {file.fileName}
          </a>
          <span className="shrink-0 text-xs text-ink-500 tabular-nums">
            {formatFileSize(file.sizeBytes)}
          </span>
        </li>
      ))}
    </ul>
  );
}
