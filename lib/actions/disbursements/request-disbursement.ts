"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { alreadyUsed, findDisbursementByKey } from "@/lib/data/grants/find-disbursement-by-key";
import { getStartupGrantForRequest } from "@/lib/data/grants/startup-grant-for-request";
import { listGrantOfficerIds } from "@/lib/data/grants/list-grant-recipients";
import { MONEY_TRANSACTION } from "@/lib/data/grants/money-transaction";
import { db } from "@/lib/db";
import { COMMITTED_STATUSES } from "@/lib/domain/disbursement-status";
import { headroomProblem } from "@/lib/domain/disbursement-totals";
import { milestoneCategoryLabels } from "@/lib/domain/milestone-categories";
import { formatHkd } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { requestDisbursementSchema } from "@/lib/schemas/grants";

/**
 * A start-up asks for a tranche of its grant: bucket, amount, purpose, and for a gated bucket
 * the milestone of the bucket's category it is tied to (it may be requested before the
 * milestone is achieved; it is approved only after). Idempotent on the form's key: a second
 * submission of the same form returns the first request instead of recording another. The
 * row belongs to the operator (row-level security lets the start-up insert a REQUESTED tranche
 * of its own grant as itself); the programme officers are told.
 */
export const requestDisbursement = organisationAction
  .metadata({ name: "request-disbursement", permission: "disbursement.request" })
  .inputSchema(requestDisbursementSchema)
  .action(async ({ parsedInput: input, ctx: { user, organisation, request } }) => {
    const result = await db.$transaction(async (tx) => {
      const grant = await getStartupGrantForRequest(tx, {
        startupId: organisation.id,
        grantId: input.grantId,
      });
      const key = { organisationId: grant.organisationId, idempotencyKey: input.idempotencyKey };
      const earlier = await findDisbursementByKey(tx, key, input);
      if (earlier) return { disbursementId: earlier.id, isDuplicate: true };

      if (grant.status !== "ACTIVE" || grant.enrolment.status !== "ACTIVE") {
        throw new AppError(
          "CONFLICT",
          `Your ${grant.enrolment.programme.name} grant is closed: no new tranches can be requested.`,
        );
      }
      const bucket = grant.buckets.find((item) => item.id === input.bucketId);
      if (!bucket) throw new AppError("INVALID", "Choose one of your grant's funding buckets.");

      let gatingMilestoneId: string | null = null;
      if (bucket.gatingMilestoneCategory) {
        const category = milestoneCategoryLabels[bucket.gatingMilestoneCategory].toLowerCase();
        const milestone = input.gatingMilestoneId
          ? await tx.milestone.findFirst({
              where: {
                id: input.gatingMilestoneId,
                enrolmentId: grant.enrolmentId,
                category: bucket.gatingMilestoneCategory,
              },
              select: { id: true, title: true, status: true },
            })
          : null;
        if (!milestone) {
          throw new AppError(
            "INVALID",
            `${bucket.name} is paid against a ${category} milestone: choose the milestone this tranche is for.`,
          );
        }
        if (milestone.status === "MISSED") {
          throw new AppError(
            "INVALID",
            `"${milestone.title}" was marked missed, so it cannot release funding. Talk to your programme officer.`,
          );
        }
        gatingMilestoneId = milestone.id;
      }

      const committed = { in: [...COMMITTED_STATUSES] };
      const [bucketSum, grantSum] = [
        await tx.disbursement.aggregate({
          where: { bucketId: bucket.id, status: committed },
          _sum: { amountCents: true },
        }),
        await tx.disbursement.aggregate({
          where: { grantId: grant.id, status: committed },
          _sum: { amountCents: true },
        }),
      ];
      const headroom = headroomProblem(
        input.amount,
        {
          name: bucket.name,
          capCents: bucket.capCents,
          committedCents: bucketSum._sum.amountCents ?? 0n,
        },
        { capCents: grant.approvedTotalCents, committedCents: grantSum._sum.amountCents ?? 0n },
        formatHkd,
      );
      if (headroom) throw new AppError("INVALID", headroom);

      // ON CONFLICT DO NOTHING: of several submissions of one form racing here, one inserts;
      // the others wait for it to commit, insert nothing, and return its row below.
      const { count } = await tx.disbursement.createMany({
        data: {
          ...key,
          grantId: grant.id,
          bucketId: bucket.id,
          gatingMilestoneId,
          amountCents: input.amount,
          purpose: input.purpose,
          status: "REQUESTED",
          requestedById: user.id,
        },
        skipDuplicates: true,
      });
      const row = await findDisbursementByKey(tx, key, input);
      // Not inserted and not visible: the key is another start-up's (row-level security).
      if (!row) throw alreadyUsed();
      if (count === 0) return { disbursementId: row.id, isDuplicate: true };

      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "disbursement.request",
        targetType: "Disbursement",
        targetId: row.id,
        after: {
          grantId: grant.id,
          bucket: bucket.code,
          amountCents: input.amount,
          purpose: input.purpose,
          gatingMilestoneId,
        },
        ...request,
      });
      await notify(tx, {
        organisationId: organisation.id,
        userIds: await listGrantOfficerIds(tx, grant.id),
        kind: "DISBURSEMENT",
        title: `${organisation.name} requests ${formatHkd(input.amount)}`,
        body: `"${input.purpose}" from ${bucket.name} (${grant.enrolment.programme.name}).`,
        link: `/${grant.organisation.slug}/disbursements/${row.id}`,
      });
      return { disbursementId: row.id, isDuplicate: false };
    }, MONEY_TRANSACTION);
    revalidatePath(`/${organisation.slug}/grants`);
    return result;
  });
