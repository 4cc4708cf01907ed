import Link from "next/link";
import { programmeStatusStyles } from "@/components/programmes/programme-labels";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ProgrammeListRow } from "@/lib/data/programmes/list-programmes";
import { formatHkDate } from "@/lib/domain/dates";
import { focusAreaLabels } from "@/lib/domain/focus-areas";
import { formatHkd } from "@/lib/domain/money";
import { programmeKindLabels } from "@/lib/domain/programme-kinds";

/** One card per programme: its key facts and its calls, each linking to its set-up. */
export function ProgrammesList({
  organisation,
  programmes,
}: {
  organisation: string;
  programmes: readonly ProgrammeListRow[];
}) {
  return (
    <ul className="space-y-4">
      {programmes.map((programme) => {
        const status = programmeStatusStyles[programme.status];
        return (
          <li key={programme.id}>
            <Card>
              <div className="flex items-start justify-between gap-3 border-b border-ink-100 px-4 py-3 sm:px-5">
                <div className="min-w-0 flex-1">
                  <h2 className="text-base font-semibold text-ink-900">
                    <Link
                      href={`/${organisation}/programmes/${programme.id}`}
                      className="hover:text-brand-700 hover:underline"
                    >
                      {programme.name}
                    </Link>
                    {programme.nameZh ? (
                      <span className="ml-2 text-sm font-normal text-ink-500" lang="zh-HK">
                        {programme.nameZh}
                      </span>
                    ) : null}
                  </h2>
                  <p className="mt-0.5 text-sm text-ink-600">
                    {programmeKindLabels[programme.kind]}
                    {programme.partnerNames.length > 0
                      ? ` with ${programme.partnerNames.join(", ")}`
                      : ""}{" "}
                    · up to {formatHkd(programme.fundingCapCents, { omitZeroCents: true })} ·{" "}
                    {programme.durationMonths} months · {programme.enrolmentCount} enrolled
                  </p>
                  <p className="mt-1 flex flex-wrap gap-1">
                    {programme.focusAreas.map((area) => (
                      <Badge key={area} tone="muted">
                        {focusAreaLabels[area]}
                      </Badge>
                    ))}
                  </p>
                </div>
                <span className="shrink-0">
                  <Badge tone={status.tone}>{status.label}</Badge>
                </span>
              </div>
              {programme.calls.length === 0 ? (
                <p className="px-4 py-3 text-sm text-ink-500 sm:px-5">
                  No call yet.{" "}
                  <Link
                    href={`/${organisation}/programmes/${programme.id}/calls/new`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    Set up the first call
                  </Link>
                </p>
              ) : (
                <ul className="divide-y divide-ink-100">
                  {programme.calls.map((call) => (
                    <li
                      key={call.id}
                      className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2.5 text-sm sm:px-5"
                    >
                      <Link
                        href={`/${organisation}/calls/${call.id}/setup`}
                        className="min-w-0 font-medium text-ink-800 hover:text-brand-700 hover:underline"
                      >
                        {call.title}
                      </Link>
                      <span className="flex items-center gap-2 text-ink-500">
                        <span className="tabular-nums">
                          {formatHkDate(call.opensAt)} – {formatHkDate(call.closesAt)}
                        </span>
                        <StatusBadge kind="call" status={call.status} />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
