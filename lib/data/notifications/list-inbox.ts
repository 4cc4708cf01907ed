import "server-only";
import { db } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

export const INBOX_PAGE_SIZE = 20;

export type InboxFilter = "all" | "unread";

export type InboxItem = {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
  organisationName: string | null;
};

export type InboxPage = {
  items: InboxItem[];
  /** Pass as `after` for the next (older) page; null on the last page. */
  nextCursor: string | null;
};

/**
 * One page of the user's own notices, newest first. Cursor pagination on (createdAt, id): the
 * cursor is the last notice's id, so new notices arriving meanwhile never shift a page. A
 * cursor that is not one of the user's notices gives an empty page (row-level security hides
 * it, the `where` names the user too).
 */
export async function listInbox({
  userId,
  filter = "all",
  after,
  take = INBOX_PAGE_SIZE,
}: {
  userId: string;
  filter?: InboxFilter;
  after?: string | null;
  take?: number;
}): Promise<InboxPage> {
  const rows = await db.notification.findMany({
    where: { userId, ...(filter === "unread" ? { readAt: null } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    take: take + 1,
    select: {
      id: true,
      kind: true,
      title: true,
      body: true,
      link: true,
      createdAt: true,
      readAt: true,
      organisation: { select: { name: true } },
    },
  });
  const hasMore = rows.length > take;
  const page = rows.slice(0, take);
  return {
    items: page.map(({ organisation, ...row }) => ({
      ...row,
      organisationName: organisation?.name ?? null,
    })),
    nextCursor: hasMore ? (page.at(-1)?.id ?? null) : null,
  };
}
