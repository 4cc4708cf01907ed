import type { ApplicationMessageKind } from "@/lib/generated/prisma/enums";

/** A clarification message as the application timeline shows it: what, who, when. */
export type ClarificationTimelineEntry = {
  id: string;
  kind: ApplicationMessageKind;
  createdAt: Date;
  actor: { name: string };
};

/**
 * The application's timeline: its status changes and its clarification questions and replies,
 * in the order they happened (the bodies stay in the clarification thread).
 */
export function timelineWithClarifications<StatusChange extends { createdAt: Date }>(
  statusChanges: readonly StatusChange[],
  messages: readonly {
    id: string;
    kind: ApplicationMessageKind;
    createdAt: Date;
    author: { name: string };
  }[],
): (StatusChange | ClarificationTimelineEntry)[] {
  const clarifications = messages.map((message): ClarificationTimelineEntry => ({
    id: message.id,
    kind: message.kind,
    createdAt: message.createdAt,
    actor: { name: message.author.name },
  }));
  return [...statusChanges, ...clarifications].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
  );
}
