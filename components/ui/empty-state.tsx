import type { ReactNode } from "react";

/** What to show when a list is empty: say why, and what to do next. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="rounded-md border border-dashed border-ink-200 bg-ink-50/50 px-4 py-6 text-center">
      <p className="text-sm font-medium text-ink-800">{title}</p>
      {children ? (
        <div className="mx-auto mt-1 max-w-prose text-sm text-ink-500">{children}</div>
      ) : null}
      {action ? <div className="mt-3">{action}</div> : null}
    </div>
  );
}
