import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

export type ChartTable = {
  /** Column headers; the first column names the row. */
  columns: readonly string[];
  rows: readonly (readonly ReactNode[])[];
};

/**
 * Every chart is a figure with a caption, a picture that screen readers read as one sentence
 * (`summary`), and the same figures as a real table under "Show as table" (works without
 * JavaScript: a native <details>).
 */
export async function ChartFigure({
  title,
  summary,
  table,
  children,
}: {
  title: string;
  /** One sentence that says what the chart shows, e.g. "12 of 40 milestones overdue". */
  summary: string;
  table: ChartTable;
  children: ReactNode;
}) {
  const t = await getTranslations("common");
  const tableView = (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr className="border-b border-ink-200 text-ink-600">
          {table.columns.map((column, index) => (
            <th
              key={index}
              scope="col"
              className={`py-1.5 pr-3 font-medium ${index > 0 ? "text-right" : ""}`}
            >
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          <tr key={rowIndex} className="border-b border-ink-100 last:border-0">
            {row.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row" className="py-1.5 pr-3 font-normal text-ink-800">
                  {cell}
                </th>
              ) : (
                <td key={index} className="py-1.5 pr-3 text-right tabular-nums">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <figure className="space-y-3">
      <figcaption className="text-sm font-medium text-ink-800">{title}</figcaption>
      <div role="img" aria-label={summary}>
        {children}
      </div>
      <details className="group text-sm print:hidden">
        <summary className="cursor-pointer rounded text-brand-700 hover:underline">
          {t("showAsTable")}
        </summary>
        <div className="mt-2 overflow-x-auto">{tableView}</div>
      </details>
      {/* On paper the table is always there: a closed <details> does not print. */}
      <div className="hidden text-sm print:block">{tableView}</div>
    </figure>
  );
}
