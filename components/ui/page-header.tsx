import type { ReactNode } from "react";

/** The page's h1 with an optional line of context below it. */
export function PageHeader({
  title,
  titleZh,
  description,
}: {
  title: string;
  titleZh?: string | null;
  description?: ReactNode;
}) {
  return (
    <div>
      <div className="flex flex-wrap items-baseline gap-x-2">
        <h1 className="text-2xl font-semibold tracking-tight text-ink-900">{title}</h1>
        {titleZh ? (
          <p className="text-lg text-ink-500" lang="zh-HK">
            {titleZh}
          </p>
        ) : null}
      </div>
      {description ? <p className="mt-1 text-sm text-ink-500">{description}</p> : null}
    </div>
  );
}
