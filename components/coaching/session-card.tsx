import type { ReactNode } from "react";
import { ActionItemToggle } from "@/components/coaching/action-item-toggle";
import { Badge } from "@/components/ui/badge";
import { DueDate } from "@/components/ui/due-date";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  actionItemOwnerSideLabels,
  coachingModeLabels,
  coachingTopicLabels,
} from "@/lib/domain/coaching-labels";
import { formatHkDateTime } from "@/lib/domain/dates";
import type {
  ActionItemOwnerSide,
  ActionItemStatus,
  CoachingMode,
  CoachingSessionStatus,
  CoachingTopic,
} from "@/lib/generated/prisma/enums";

export type SessionCardData = {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  mode: CoachingMode;
  status: CoachingSessionStatus;
  topics: CoachingTopic[];
  sharedNotes: string | null;
  confirmedAt?: Date | null;
  /** Only ever passed on the operator's side; the start-up's loaders never read it. */
  privateNote?: {
    notes: string | null;
    assessmentRating: number | null;
    assessmentComment: string | null;
  } | null;
  actionItems: {
    id: string;
    description: string;
    ownerSide: ActionItemOwnerSide;
    status: ActionItemStatus;
    dueOn: Date | null;
    owner: { name: string } | null;
  }[];
};

const ratingWords = ["", "Stalled", "Behind plan", "On plan", "Ahead on some", "Ahead of plan"];

/**
 * One coaching session: when, how, topics, the notes shared with the start-up, its action
 * items (tickable by `tickSide`), and — on the operator's side only — the private part.
 */
export function SessionCard({
  session,
  heading,
  today,
  organisation,
  tickSide,
  actions,
}: {
  session: SessionCardData;
  heading: ReactNode;
  today: Date;
  organisation?: string;
  tickSide?: ActionItemOwnerSide;
  actions?: ReactNode;
}) {
  const isScheduled = session.status === "SCHEDULED";
  const rating = session.privateNote?.assessmentRating ?? null;
  return (
    <article id={`session-${session.id}`} className="scroll-mt-24 space-y-3 px-4 py-4 sm:px-5">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-medium text-ink-900">{heading}</h3>
          <p className="text-sm text-ink-600">
            {formatHkDateTime(session.startsAt)} · {session.durationMinutes} min ·{" "}
            {coachingModeLabels[session.mode]}
          </p>
        </div>
        <StatusBadge kind="coachingSession" status={session.status} />
      </header>
      {session.topics.length > 0 ? (
        <div className="flex flex-wrap gap-1.5">
          {session.topics.map((topic) => (
            <Badge key={topic} tone="brand">
              {coachingTopicLabels[topic]}
            </Badge>
          ))}
        </div>
      ) : null}
      {session.sharedNotes ? (
        <div>
          <h4 className="text-xs font-medium text-ink-500">
            {isScheduled ? "Agenda" : "Notes shared with the start-up"}
          </h4>
          <p className="mt-0.5 text-sm whitespace-pre-line text-ink-800">{session.sharedNotes}</p>
        </div>
      ) : null}
      {session.privateNote ? (
        <div className="rounded-md border border-amber-200 bg-amber-50/60 px-3 py-2.5 text-sm">
          <h4 className="text-xs font-medium text-amber-900">Programme team only</h4>
          {rating ? (
            <p className="mt-1 text-ink-800">
              <span className="font-medium">Progress {rating}/5</span> · {ratingWords[rating]}
              {session.privateNote.assessmentComment
                ? ` — ${session.privateNote.assessmentComment}`
                : ""}
            </p>
          ) : null}
          {session.privateNote.notes ? (
            <p className="mt-1 whitespace-pre-line text-ink-700">{session.privateNote.notes}</p>
          ) : null}
        </div>
      ) : null}
      {session.actionItems.length > 0 ? (
        <div>
          <h4 className="text-xs font-medium text-ink-500">Action items</h4>
          <ul className="mt-1 space-y-2">
            {session.actionItems.map((item) => {
              const canTick =
                organisation !== undefined &&
                tickSide === item.ownerSide &&
                item.status !== "DROPPED" &&
                session.status !== "CANCELLED";
              return (
                <li key={item.id} className="text-sm">
                  {canTick ? (
                    <ActionItemToggle
                      organisation={organisation}
                      actionItemId={item.id}
                      description={item.description}
                      isDone={item.status === "DONE"}
                    />
                  ) : (
                    <p
                      className={
                        item.status === "OPEN" ? "text-ink-800" : "text-ink-500 line-through"
                      }
                    >
                      {item.description}
                    </p>
                  )}
                  <p className={`text-xs text-ink-500 ${canTick ? "ml-6.5" : ""}`}>
                    {item.owner?.name ?? actionItemOwnerSideLabels[item.ownerSide]}
                    {item.dueOn ? (
                      <>
                        {" · "}
                        <DueDate dueOn={item.dueOn} today={today} isOpen={item.status === "OPEN"} />
                      </>
                    ) : null}
                    {item.status !== "OPEN"
                      ? ` · ${item.status === "DONE" ? "done" : "dropped"}`
                      : ""}
                  </p>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {actions ? <div className="flex flex-wrap gap-2 pt-1">{actions}</div> : null}
    </article>
  );
}
