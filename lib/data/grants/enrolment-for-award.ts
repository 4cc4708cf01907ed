import "server-only";
import { AppError } from "@/lib/errors";
import type { Transaction } from "./transaction";

/** The operator's enrolment with its programme's funding settings; NOT_FOUND outside the tenant. */
export async function getEnrolmentForAward(
  tx: Transaction,
  { organisationId, enrolmentId }: { organisationId: string; enrolmentId: string },
) {
  const enrolment = await tx.enrolment.findFirst({
    where: { id: enrolmentId, organisationId },
    select: {
      id: true,
      status: true,
      startsOn: true,
      endsOn: true,
      startup: { select: { name: true, nameZh: true, slug: true } },
      grant: { select: { id: true } },
      programme: {
        select: {
          id: true,
          name: true,
          nameZh: true,
          fundingCapCents: true,
          fundingBuckets: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              code: true,
              name: true,
              nameZh: true,
              capCents: true,
              evidenceRule: true,
              requiresPreApproval: true,
              gatingMilestoneCategory: true,
            },
          },
        },
      },
    },
  });
  if (!enrolment) {
    throw new AppError("NOT_FOUND", "That enrolment does not exist.", {
      reason: `enrolment ${enrolmentId} not found in ${organisationId}`,
    });
  }
  return enrolment;
}
