"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { assertPartnerOrganisations, uniqueProgrammeSlug } from "@/lib/data/programmes/lookups";
import { db } from "@/lib/db";
import { createProgrammeSchema } from "@/lib/schemas/programmes";

/**
 * Creates a programme of the operator with its funding buckets (their caps never add up to
 * more than the programme's cap, checked by the schema) and, for co-incubation, its partners.
 */
export const createProgramme = organisationAction
  .metadata({ name: "create-programme", permission: "programme.manage" })
  .inputSchema(createProgrammeSchema)
  .action(async ({ parsedInput: input, ctx: { user, organisation, request } }) => {
    const programme = await db.$transaction(async (tx) => {
      await assertPartnerOrganisations(tx, input.partnerIds);
      const slug = await uniqueProgrammeSlug(tx, organisation.id, input.name);
      const created = await tx.programme.create({
        data: {
          organisationId: organisation.id,
          slug,
          name: input.name,
          nameZh: input.nameZh,
          kind: input.kind,
          status: input.status,
          focusAreas: input.focusAreas,
          benefits: input.benefits,
          description: input.description,
          fundingCapCents: input.fundingCap,
          durationMonths: input.durationMonths,
          fundingBuckets: {
            create: input.fundingBuckets.map((bucket, position) => ({
              organisationId: organisation.id,
              code: bucket.code,
              name: bucket.name,
              nameZh: bucket.nameZh,
              capCents: bucket.cap,
              evidenceRule: bucket.evidenceRule,
              requiresPreApproval: bucket.requiresPreApproval,
              gatingMilestoneCategory: bucket.gatingMilestoneCategory,
              position,
            })),
          },
          partners: {
            create: input.partnerIds.map((partnerId) => ({
              organisationId: organisation.id,
              partnerId,
            })),
          },
        },
        select: { id: true, slug: true },
      });
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "programme.create",
        targetType: "Programme",
        targetId: created.id,
        after: { ...input, organisation: undefined, slug },
        ...request,
      });
      return created;
    });
    revalidatePath(`/${organisation.slug}/programmes`);
    return { programmeId: programme.id };
  });
