import Link from "next/link";
import type { OpenCall } from "@/lib/data/calls/list-open-calls";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatHkDateTime } from "@/lib/domain/dates";
import { focusAreaLabels } from "@/lib/domain/focus-areas";
import { formatHkd } from "@/lib/domain/money";
import { programmeKindLabels } from "@/lib/domain/programme-kinds";

/** Public list of calls open for applications. */
export function OpenCallsList({ calls }: { calls: OpenCall[] }) {
  if (calls.length === 0) {
    return (
      <EmptyState title="No calls are open right now.">
        Operators publish intake rounds a few times a year. Check back soon, or sign in to keep
        working on a draft application.
      </EmptyState>
    );
  }
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {calls.map((call) => (
        <li
          key={call.id}
          className="flex flex-col rounded-lg border border-ink-200 bg-white p-5 shadow-xs"
        >
          <p className="text-xs font-medium text-brand-700">
            {call.organisation.name} · {programmeKindLabels[call.programme.kind]}
          </p>
          <h3 className="mt-1 text-lg font-semibold text-ink-900">
            <Link
              href={`/calls/${call.organisation.slug}/${call.slug}`}
              className="hover:text-brand-700 hover:underline"
            >
              {call.title}
            </Link>
          </h3>
          {call.titleZh ? <p className="text-sm text-ink-500">{call.titleZh}</p> : null}
          <p className="mt-1 text-sm text-ink-700">
            {call.programme.name}
            {call.programme.nameZh ? (
              <span className="text-ink-500"> · {call.programme.nameZh}</span>
            ) : null}
          </p>
          {call.summary ? (
            <p className="mt-3 line-clamp-3 text-sm text-ink-600">{call.summary}</p>
          ) : null}
          {call.programme.focusAreas.length > 0 ? (
            <ul className="mt-3 flex flex-wrap gap-1.5" aria-label="Focus areas">
              {call.programme.focusAreas.map((area) => (
                <li key={area}>
                  <Badge tone="brand">{focusAreaLabels[area]}</Badge>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="mt-auto pt-4">
            <dl className="grid grid-cols-2 gap-3 border-t border-ink-100 pt-3 text-sm">
              <div>
                <dt className="text-xs text-ink-500">Closes (Hong Kong time)</dt>
                <dd className="font-medium text-ink-800">{formatHkDateTime(call.closesAt)}</dd>
              </div>
              <div>
                <dt className="text-xs text-ink-500">Funding up to</dt>
                <dd className="font-medium text-ink-800 tabular-nums">
                  {formatHkd(call.programme.fundingCapCents, { omitZeroCents: true })}
                </dd>
              </div>
            </dl>
          </div>
        </li>
      ))}
    </ul>
  );
}
