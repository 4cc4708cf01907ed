import "server-only";
import { db } from "@/lib/db";

export type OpenCall = Awaited<ReturnType<typeof listOpenCalls>>[number];

/**
 * Calls open for applications right now, across every operator. This is the one read that
 * is deliberately not tenant-scoped: a published call is public by definition, and only its
 * public fields are selected.
 */
export async function listOpenCalls(now: Date = new Date()) {
  return db.call.findMany({
    where: {
      status: "PUBLISHED",
      opensAt: { lte: now },
      closesAt: { gt: now },
      programme: { status: "ACTIVE" },
    },
    orderBy: [{ closesAt: "asc" }, { title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      titleZh: true,
      summary: true,
      opensAt: true,
      closesAt: true,
      organisation: { select: { name: true, nameZh: true, slug: true } },
      programme: {
        select: { name: true, nameZh: true, kind: true, focusAreas: true, fundingCapCents: true },
      },
    },
  });
}
