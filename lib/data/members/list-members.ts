import "server-only";
import { db } from "@/lib/db";

export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

/** Every membership of the organisation, active first, then by name. */
export async function listMembers(organisationId: string) {
  return db.membership.findMany({
    where: { organisationId },
    orderBy: [{ status: "asc" }, { user: { name: "asc" } }],
    select: {
      id: true,
      role: true,
      status: true,
      title: true,
      createdAt: true,
      user: { select: { id: true, name: true, nameZh: true, email: true, lastSignInAt: true } },
    },
  });
}
