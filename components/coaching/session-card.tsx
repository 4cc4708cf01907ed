import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ActionItemToggle } from "@/components/coaching/action-item-toggle";
import { TranslatedStatusBadge } from "@/components/cohort/translated-status-badge";
import { Badge } from "@/components/ui/badge";
import { DueLabel } from "@/components/coaching/due-label";
import { getFormat } from "@/i18n/format";
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

/**
 * One coaching session: when, how, topics, the notes shared with the start-up, its action
 * items (tickable by `tickSide`), and — on the operator's side only — the private part.
 */
export async function SessionCard({
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
  const [t, labels, f] = await Promise.all([
    getTranslations("coaching"),
    getTranslations("coachingClient"),
    getFormat(),
  ]);
  const isScheduled = session.status === "SCHEDULED";
  const rating = session.privateNote?.assessmentRating ?? null;
  return (
    <article id={`session-${session.id}`} className="scroll-mt-24 space-y-3 px-4 py-4 sm:px-5">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-medium text-ink-900">{heading}</h3>
          <p className="text-sm text-ink-600">
            {f.dateTime(session.startsAt)} ·{" "}
            {t("session.minutes", { minutes: session.durationMinutes })} ·{" "}
            {labels(`mode.${session.mode}`)}
          </p>
        </div>
        <TranslatedStatusBadge kind="coachingSession" status={session.status} />
      </header>
      {session.topics.length > 0 ? (
        <div className="flex flex-wrap gap-1.5">
          {session.topics.map((topic) => (
            <Badge key={topic} tone="brand">
              {labels(`topic.${topic}`)}
            </Badge>
          ))}
        </div>
      ) : null}
      {session.sharedNotes ? (
        <div>
          <h4 className="text-xs font-medium text-ink-500">
            {isScheduled ? t("session.agenda") : t("session.sharedNotes")}
          </h4>
          <p className="mt-0.5 text-sm whitespace-pre-line text-ink-800">{session.sharedNotes}</p>
        </div>
      ) : null}
      {session.privateNote ? (
        <div className="rounded-md border border-amber-200 bg-amber-50/60 px-3 py-2.5 text-sm">
          <h4 className="text-xs font-medium text-amber-900">{t("session.teamOnly")}</h4>
          {rating ? (
            <p className="mt-1 text-ink-800">
              <span className="font-medium">{t("session.progress", { rating })}</span> ·{" "}
              {labels(`rating.${rating}`)}
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
          <h4 className="text-xs font-medium text-ink-500">{t("session.actionItems")}</h4>
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
                    {item.owner?.name ?? labels(`ownerSide.${item.ownerSide}`)}
                    {item.dueOn ? (
                      <>
                        {" · "}
                        <DueLabel
                          dueOn={item.dueOn}
                          today={today}
                          isOpen={item.status === "OPEN"}
                        />
                      </>
                    ) : null}
                    {item.status !== "OPEN" ? ` · ${labels(`itemDone.${item.status}`)}` : ""}
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
