import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";
import { AppError } from "@/lib/errors";

type Transaction = Omit<Database, ITXClientDenyList>;

/**
 * Inside a consent action's transaction: the programme (one the start-up is enrolled in or
 * applied to) and the partner linked to it. Anything else is NOT_FOUND: a start-up never
 * learns about programmes or partner links outside its own.
 */
export async function findConsentScope(
  tx: Transaction,
  {
    startupId,
    programmeId,
    partnerId,
  }: { startupId: string; programmeId: string; partnerId: string },
) {
  const programme = await tx.programme.findFirst({
    where: {
      id: programmeId,
      OR: [
        { enrolments: { some: { startupId } } },
        { calls: { some: { applications: { some: { startupId } } } } },
      ],
    },
    select: {
      id: true,
      organisationId: true,
      name: true,
      partners: {
        where: { partnerId },
        select: { partner: { select: { id: true, name: true } } },
      },
    },
  });
  const partner = programme?.partners[0]?.partner;
  if (!programme || !partner) {
    throw new AppError("NOT_FOUND", "That programme partner does not exist.", {
      reason: `partner ${partnerId} of programme ${programmeId} is not reachable by start-up ${startupId}`,
    });
  }
  return { programme, partner };
}
