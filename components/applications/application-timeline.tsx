import { useLocale, useTranslations } from "next-intl";
import { createFormat } from "@/i18n/formatters";
import type { ClarificationTimelineEntry } from "@/lib/data/clarifications/timeline-with-clarifications";
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
  const t = useTranslations("applicationsClient.timeline");
  const statusLabel = useTranslations("applicationsClient.status");
  const f = createFormat(useLocale());
  return (
    <ol className="space-y-3 px-4 py-4 text-sm sm:px-5" aria-label={t("label")}>
      {entries.map((entry) =>
        "kind" in entry ? (
          <li key={entry.id} className="border-l-2 border-amber-200 pl-3">
            <p className="font-medium text-ink-900">
              {entry.kind === "CLARIFICATION_REQUEST"
                ? t("clarificationRequested")
                : t("clarificationAnswered")}
            </p>
            <p className="text-xs text-ink-500">
              {f.dateTime(entry.createdAt)} · {entry.actor.name}
            </p>
          </li>
        ) : (
          <li key={entry.id} className="border-l-2 border-brand-200 pl-3">
            <p className="font-medium text-ink-900">
              {entry.fromStatus
                ? `${statusLabel(entry.fromStatus)} → ${statusLabel(entry.toStatus)}`
                : t("started")}
            </p>
            <p className="text-xs text-ink-500">
              {f.dateTime(entry.createdAt)}
              {entry.actor ? ` · ${entry.actor.name}` : ""}
            </p>
            {entry.reason ? <p className="mt-1 text-ink-700">“{entry.reason}”</p> : null}
          </li>
        ),
      )}
    </ol>
  );
}
