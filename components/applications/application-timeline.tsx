import { statusLabel } from "@/components/ui/status-badge";
import type { ClarificationTimelineEntry } from "@/lib/data/clarifications/timeline-with-clarifications";
import { formatHkDateTime } from "@/lib/domain/dates";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

type StatusTimelineEntry = {
  id: string;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  reason: string | null;
  createdAt: Date;
  actor: { name: string } | null;
};

type TimelineEntry = StatusTimelineEntry | ClarificationTimelineEntry;

/**
 * Every status change of an application, and its clarification questions and replies: what,
 * who, when (Hong Kong time) and why.
 */
export function ApplicationTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="space-y-3 px-4 py-4 text-sm sm:px-5" aria-label="Timeline">
      {entries.map((entry) =>
        "kind" in entry ? (
          <li key={entry.id} className="border-l-2 border-amber-200 pl-3">
            <p className="font-medium text-ink-900">
              {entry.kind === "CLARIFICATION_REQUEST"
                ? "Clarification requested"
                : "Clarification answered"}
            </p>
            <p className="text-xs text-ink-500">
              {formatHkDateTime(entry.createdAt)} · {entry.actor.name}
            </p>
          </li>
        ) : (
          <li key={entry.id} className="border-l-2 border-brand-200 pl-3">
            <p className="font-medium text-ink-900">
              {entry.fromStatus
                ? `${statusLabel("application", entry.fromStatus)} → ${statusLabel("application", entry.toStatus)}`
                : "Started"}
            </p>
            <p className="text-xs text-ink-500">
              {formatHkDateTime(entry.createdAt)}
              {entry.actor ? ` · ${entry.actor.name}` : ""}
            </p>
            {entry.reason ? <p className="mt-1 text-ink-700">“{entry.reason}”</p> : null}
          </li>
        ),
      )}
    </ol>
  );
}
