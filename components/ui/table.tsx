import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/** A table that scrolls sideways on narrow screens instead of squashing its columns. */
export function Table({ children, caption }: { children: ReactNode; caption?: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function TableHead({ children }: { children: ReactNode }) {
  return (
    <thead className="border-b border-ink-200 bg-ink-50 text-xs font-medium tracking-wide text-ink-500 uppercase">
      {children}
    </thead>
  );
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-ink-100">{children}</tbody>;
}

export function TableRow({ children }: { children: ReactNode }) {
  return <tr className="align-top hover:bg-ink-50/60">{children}</tr>;
}

type CellOptions = {
  align?: "left" | "right";
  /** Narrow horizontal padding, for tables with many numeric columns. */
  isCompact?: boolean;
};

function cellPadding(isCompact: boolean): string {
  return isCompact
    ? "px-2 first:pl-4 last:pr-4 sm:first:pl-5 sm:last:pr-5"
    : "px-4 sm:first:pl-5 sm:last:pr-5";
}

export function TableHeaderCell({
  align = "left",
  isCompact = false,
  className = "",
  ...props
}: ThHTMLAttributes<HTMLTableCellElement> & CellOptions) {
  return (
    <th
      scope="col"
      className={`py-2.5 ${cellPadding(isCompact)} ${isCompact ? "align-bottom" : "whitespace-nowrap"} ${align === "right" ? "text-right" : ""} ${className}`}
      {...props}
    />
  );
}

export function TableCell({
  align = "left",
  isCompact = false,
  className = "",
  ...props
}: TdHTMLAttributes<HTMLTableCellElement> & CellOptions) {
  return (
    <td
      className={`py-3 text-ink-700 ${cellPadding(isCompact)} ${align === "right" ? "text-right tabular-nums" : ""} ${className}`}
      {...props}
    />
  );
}
