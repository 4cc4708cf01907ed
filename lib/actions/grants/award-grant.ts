"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { getEnrolmentForAward } from "@/lib/data/grants/enrolment-for-award";
import { listGrantStartupMemberIds } from "@/lib/data/grants/list-grant-recipients";
import { MONEY_TRANSACTION } from "@/lib/data/grants/money-transaction";
import { db } from "@/lib/db";
import { formatHkd, sumCents } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { awardGrantSchema } from "@/lib/schemas/grants";

/**
 * Awards the grant of an active enrolment that has none: one amount per programme bucket, each
 * at most that bucket's cap, their total at most the programme's cap. The buckets are copied
 * from the programme's settings (name, evidence rule, gate) so later changes to the programme
 * do not change a grant already awarded. Tells the start-up.
 */
export const awardGrant = organisationAction
  .metadata({ name: "award-grant", permission: "grant.award" })
  .inputSchema(awardGrantSchema)
  .action(
    async ({ parsedInput: { enrolmentId, buckets }, ctx: { user, organisation, request } }) => {
      try {
        const grant = await db.$transaction(async (tx) => {
          const enrolment = await getEnrolmentForAward(tx, {
            organisationId: organisation.id,
            enrolmentId,
          });
          if (enrolment.grant) throw alreadyAwarded(enrolment.startup.name);
          if (enrolment.status !== "ACTIVE") {
            throw new AppError(
              "CONFLICT",
              `${enrolment.startup.name}'s enrolment is ${enrolment.status.toLowerCase()}: grants go to active enrolments only.`,
            );
          }
          const { programme } = enrolment;
          const amounts = new Map(
            buckets.map((bucket) => [bucket.programmeBucketId, bucket.amount]),
          );
          const isSameBuckets =
            amounts.size === buckets.length &&
            amounts.size === programme.fundingBuckets.length &&
            programme.fundingBuckets.every((bucket) => amounts.has(bucket.id));
          if (!isSameBuckets) {
            throw new AppError(
              "CONFLICT",
              `${programme.name}'s funding buckets changed while you were filling in the form. Reload it and check the amounts.`,
            );
          }
          for (const bucket of programme.fundingBuckets) {
            const amount = amounts.get(bucket.id) ?? 0n;
            if (amount > bucket.capCents) {
              throw new AppError(
                "INVALID",
                `${bucket.name} can be at most ${formatHkd(bucket.capCents)} in ${programme.name}.`,
              );
            }
          }
          const totalCents = sumCents(amounts.values());
          if (totalCents <= 0n)
            throw new AppError("INVALID", "Award an amount in at least one bucket.");
          if (totalCents > programme.fundingCapCents) {
            throw new AppError(
              "INVALID",
              `The buckets add up to ${formatHkd(totalCents)}, above ${programme.name}'s cap of ${formatHkd(programme.fundingCapCents)} per start-up.`,
            );
          }

          const created = await tx.grant.create({
            data: {
              organisationId: organisation.id,
              enrolmentId: enrolment.id,
              approvedTotalCents: totalCents,
              awardedAt: new Date(),
            },
            select: { id: true },
          });
          const funded = programme.fundingBuckets.filter(
            (bucket) => (amounts.get(bucket.id) ?? 0n) > 0n,
          );
          await tx.grantBucket.createMany({
            data: funded.map((bucket) => ({
              organisationId: organisation.id,
              grantId: created.id,
              programmeBucketId: bucket.id,
              code: bucket.code,
              name: bucket.name,
              nameZh: bucket.nameZh,
              capCents: amounts.get(bucket.id) ?? 0n,
              evidenceRule: bucket.evidenceRule,
              requiresPreApproval: bucket.requiresPreApproval,
              gatingMilestoneCategory: bucket.gatingMilestoneCategory,
            })),
          });
          await recordAuditEvent(tx, {
            organisationId: organisation.id,
            actorId: user.id,
            action: "grant.award",
            targetType: "Grant",
            targetId: created.id,
            after: {
              enrolmentId: enrolment.id,
              approvedTotalCents: totalCents,
              buckets: funded.map((bucket) => ({
                code: bucket.code,
                capCents: amounts.get(bucket.id),
              })),
            },
            ...request,
          });
          await notify(tx, {
            organisationId: organisation.id,
            userIds: await listGrantStartupMemberIds(tx, created.id),
            kind: "DISBURSEMENT",
            title: `Grant of ${formatHkd(totalCents, { omitZeroCents: true })} awarded`,
            body: `${organisation.name} has awarded your ${programme.name} grant. You can now request tranches.`,
            link: `/${enrolment.startup.slug}/grants/${created.id}`,
          });
          return { id: created.id, startupName: enrolment.startup.name };
        }, MONEY_TRANSACTION);
        revalidatePath(`/${organisation.slug}/grants`);
        return { grantId: grant.id };
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          throw alreadyAwarded("This start-up");
        }
        throw error;
      }
    },
  );

function alreadyAwarded(startupName: string): AppError {
  return new AppError(
    "CONFLICT",
    `${startupName} already has a grant in this programme: reload to see it.`,
  );
}
