"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import {
  assertPartnerOrganisations,
  getOperatorProgrammeOrThrow,
} from "@/lib/data/programmes/lookups";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateProgrammeSchema } from "@/lib/schemas/programmes";

/**
 * Saves a programme: its details, its funding buckets (kept by id, added, removed) and its
 * partners. Grants already awarded keep their own copy of the buckets, so changing a bucket
 * here applies to grants awarded from now on.
 */
export const updateProgramme = organisationAction
  .metadata({ name: "update-programme", permission: "programme.manage" })
  .inputSchema(updateProgrammeSchema)
  .action(async ({ parsedInput: input, ctx: { user, organisation, request } }) => {
    await db.$transaction(async (tx) => {
      const before = await getOperatorProgrammeOrThrow(tx, {
        organisationId: organisation.id,
        programmeId: input.programmeId,
      });
      await assertPartnerOrganisations(tx, input.partnerIds);
      const existingBucketIds = new Set(before.fundingBuckets.map((bucket) => bucket.id));
      const keptIds = new Set<string>();
      for (const bucket of input.fundingBuckets) {
        if (!bucket.id) continue;
        if (!existingBucketIds.has(bucket.id)) {
          throw new AppError("NOT_FOUND", "A funding bucket does not belong to this programme.");
        }
        keptIds.add(bucket.id);
      }

      await tx.programme.update({
        where: { id: before.id },
        data: {
          name: input.name,
          nameZh: input.nameZh,
          kind: input.kind,
          status: input.status,
          focusAreas: input.focusAreas,
          benefits: input.benefits,
          description: input.description,
          fundingCapCents: input.fundingCap,
          durationMonths: input.durationMonths,
        },
      });

      // Removed buckets go first, so a code can move from a removed bucket to a new one.
      await tx.programmeFundingBucket.deleteMany({
        where: {
          programmeId: before.id,
          organisationId: organisation.id,
          id: { notIn: [...keptIds] },
        },
      });
      // Codes are unique per programme: park kept buckets on temporary codes before renaming.
      for (const id of keptIds) {
        await tx.programmeFundingBucket.update({ where: { id }, data: { code: `~${id}` } });
      }
      for (const [position, bucket] of input.fundingBuckets.entries()) {
        const data = {
          code: bucket.code,
          name: bucket.name,
          nameZh: bucket.nameZh,
          capCents: bucket.cap,
          evidenceRule: bucket.evidenceRule,
          requiresPreApproval: bucket.requiresPreApproval,
          gatingMilestoneCategory: bucket.gatingMilestoneCategory,
          position,
        };
        if (bucket.id) {
          await tx.programmeFundingBucket.update({ where: { id: bucket.id }, data });
        } else {
          await tx.programmeFundingBucket.create({
            data: { ...data, organisationId: organisation.id, programmeId: before.id },
          });
        }
      }

      const wanted = new Set(input.partnerIds);
      const current = new Set(before.partners.map((link) => link.partnerId));
      await tx.programmePartner.deleteMany({
        where: {
          programmeId: before.id,
          organisationId: organisation.id,
          partnerId: { notIn: [...wanted] },
        },
      });
      const added = input.partnerIds.filter((partnerId) => !current.has(partnerId));
      if (added.length > 0) {
        await tx.programmePartner.createMany({
          data: added.map((partnerId) => ({
            organisationId: organisation.id,
            programmeId: before.id,
            partnerId,
          })),
        });
      }

      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "programme.update",
        targetType: "Programme",
        targetId: before.id,
        before: {
          name: before.name,
          nameZh: before.nameZh,
          kind: before.kind,
          status: before.status,
          focusAreas: before.focusAreas,
          benefits: before.benefits,
          description: before.description,
          fundingCap: before.fundingCapCents,
          durationMonths: before.durationMonths,
          fundingBuckets: before.fundingBuckets.map((bucket) => ({
            id: bucket.id,
            code: bucket.code,
            name: bucket.name,
            cap: bucket.capCents,
            evidenceRule: bucket.evidenceRule,
            requiresPreApproval: bucket.requiresPreApproval,
            gatingMilestoneCategory: bucket.gatingMilestoneCategory,
          })),
          partnerIds: [...current],
        },
        after: { ...input, organisation: undefined },
        ...request,
      });
    });
    revalidatePath(`/${organisation.slug}/programmes`);
    return { programmeId: input.programmeId };
  });
