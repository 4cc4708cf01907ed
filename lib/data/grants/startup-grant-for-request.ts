import "server-only";
import { AppError } from "@/lib/errors";
import type { Transaction } from "./transaction";

/** The start-up's own grant with its buckets, for a tranche request; NOT_FOUND otherwise. */
export async function getStartupGrantForRequest(
  tx: Transaction,
  { startupId, grantId }: { startupId: string; grantId: string },
) {
  const grant = await tx.grant.findFirst({
    where: { id: grantId, enrolment: { startupId } },
    select: {
      id: true,
      organisationId: true,
      organisation: { select: { slug: true, name: true } },
      status: true,
      approvedTotalCents: true,
      enrolmentId: true,
      enrolment: { select: { status: true, programme: { select: { name: true } } } },
      buckets: {
        orderBy: [{ programmeBucket: { position: "asc" } }, { code: "asc" }],
        select: {
          id: true,
          code: true,
          name: true,
          capCents: true,
          evidenceRule: true,
          gatingMilestoneCategory: true,
        },
      },
    },
  });
  if (!grant) {
    throw new AppError("NOT_FOUND", "That grant does not exist.", {
      reason: `grant ${grantId} not found for start-up ${startupId}`,
    });
  }
  return grant;
}
