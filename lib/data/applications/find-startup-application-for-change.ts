import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";
import { AppError } from "@/lib/errors";

type Transaction = Omit<Database, ITXClientDenyList>;

/**
 * Inside an action's transaction: the start-up's own application with what a change needs
 * (form, answers, call window, criteria). Another start-up's id gets NOT_FOUND, never a hint
 * that it exists.
 */
export async function findStartupApplicationForChange(
  tx: Transaction,
  { startupId, applicationId }: { startupId: string; applicationId: string },
) {
  const application = await tx.application.findFirst({
    where: { id: applicationId, startupId },
    select: {
      id: true,
      organisationId: true,
      status: true,
      version: true,
      reference: true,
      projectTitle: true,
      form: { select: { definition: true } },
      answers: { select: { questionKey: true, value: true } },
      call: {
        select: {
          title: true,
          status: true,
          opensAt: true,
          closesAt: true,
          eligibilityCriteria: {
            orderBy: { position: "asc" },
            select: { id: true, label: true, rule: true },
          },
        },
      },
    },
  });
  if (!application) {
    throw new AppError("NOT_FOUND", "That application does not exist.", {
      reason: `application ${applicationId} is not one of start-up ${startupId}'s`,
    });
  }
  return application;
}
