import "server-only";
import { db } from "@/lib/db";

export type ProgrammeDetail = NonNullable<Awaited<ReturnType<typeof getProgramme>>>;

/** One programme of the operator with its buckets, partners and calls; null outside the tenant. */
export async function getProgramme(organisationId: string, programmeId: string) {
  const programme = await db.programme.findFirst({
    where: { id: programmeId, organisationId },
    select: {
      id: true,
      slug: true,
      name: true,
      nameZh: true,
      kind: true,
      status: true,
      focusAreas: true,
      benefits: true,
      description: true,
      fundingCapCents: true,
      durationMonths: true,
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
      partners: {
        select: { partner: { select: { id: true, name: true, nameZh: true } } },
      },
      calls: {
        orderBy: { opensAt: "desc" },
        select: {
          id: true,
          slug: true,
          title: true,
          titleZh: true,
          status: true,
          opensAt: true,
          closesAt: true,
          intakeSize: true,
          _count: { select: { applications: { where: { status: { not: "DRAFT" } } } } },
        },
      },
    },
  });
  if (!programme) return null;
  return {
    ...programme,
    partners: programme.partners.map((link) => link.partner),
    calls: programme.calls.map(({ _count, ...call }) => ({
      ...call,
      submittedCount: _count.applications,
    })),
  };
}
