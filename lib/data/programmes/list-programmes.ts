import "server-only";
import { db } from "@/lib/db";

export type ProgrammeListRow = Awaited<ReturnType<typeof listProgrammes>>[number];

/** The operator's programmes, active first, with their calls' statuses and partners. */
export async function listProgrammes(organisationId: string) {
  const programmes = await db.programme.findMany({
    where: { organisationId },
    orderBy: [{ status: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      nameZh: true,
      kind: true,
      status: true,
      focusAreas: true,
      fundingCapCents: true,
      durationMonths: true,
      partners: { select: { partner: { select: { name: true } } } },
      calls: {
        orderBy: { opensAt: "desc" },
        select: { id: true, title: true, status: true, opensAt: true, closesAt: true },
      },
      _count: { select: { enrolments: true } },
    },
  });
  return programmes.map((programme) => ({
    ...programme,
    partnerNames: programme.partners.map((link) => link.partner.name),
    enrolmentCount: programme._count.enrolments,
  }));
}
