import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";

type Transaction = Omit<Database, ITXClientDenyList>;

/**
 * The start-up people an operator can notify about its application. Row-level security keeps a
 * start-up's memberships from the operator, so these are the people the operator's own rows
 * name for the applicant — whoever created or submitted the application and whoever answered a
 * clarification — minus deactivated accounts. Reaching every active member needs a
 * SECURITY DEFINER helper in a migration (see the reviews hand-over).
 */
export async function listApplicantRecipientIds(
  tx: Transaction,
  application: { id: string; organisationId: string; createdById: string },
): Promise<string[]> {
  const [submitters, repliers] = await Promise.all([
    tx.applicationStatusChange.findMany({
      where: {
        organisationId: application.organisationId,
        applicationId: application.id,
        toStatus: "SUBMITTED",
        actorId: { not: null },
      },
      select: { actorId: true },
    }),
    tx.applicationMessage.findMany({
      where: {
        organisationId: application.organisationId,
        applicationId: application.id,
        kind: "CLARIFICATION_REPLY",
      },
      select: { authorId: true },
    }),
  ]);
  const candidates = new Set<string>([
    application.createdById,
    ...submitters.flatMap((change) => (change.actorId ? [change.actorId] : [])),
    ...repliers.map((message) => message.authorId),
  ]);
  const active = await tx.user.findMany({
    where: { id: { in: [...candidates] }, deactivatedAt: null },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return active.map((user) => user.id);
}
