import "server-only";
import { db } from "@/lib/db";

export type PublicCall = NonNullable<Awaited<ReturnType<typeof getPublicCall>>>;

/**
 * A published call by its operator's and its own slug, with what an applicant reads before
 * applying. Not tenant-scoped on purpose: published calls are public (row-level security
 * shows them to anyone); only public fields are selected.
 */
export async function getPublicCall(operatorSlug: string, callSlug: string) {
  return db.call.findFirst({
    where: {
      slug: callSlug,
      status: "PUBLISHED",
      organisation: { slug: operatorSlug },
      programme: { status: "ACTIVE" },
    },
    select: {
      id: true,
      slug: true,
      title: true,
      titleZh: true,
      summary: true,
      opensAt: true,
      closesAt: true,
      intakeSize: true,
      organisation: { select: { slug: true, name: true, nameZh: true } },
      programme: {
        select: {
          name: true,
          nameZh: true,
          kind: true,
          description: true,
          focusAreas: true,
          benefits: true,
          fundingCapCents: true,
          durationMonths: true,
        },
      },
      eligibilityCriteria: {
        orderBy: { position: "asc" },
        select: { id: true, label: true, labelZh: true, description: true, rule: true },
      },
    },
  });
}
