"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { getOperatorDisbursementForChange } from "@/lib/data/grants/disbursement-for-change";
import {
  listGrantStartupMemberIds,
  listOperatorMemberIds,
} from "@/lib/data/grants/list-grant-recipients";
import { lockGrantForApproval } from "@/lib/data/grants/lock-grant-for-approval";
import { MONEY_TRANSACTION } from "@/lib/data/grants/money-transaction";
import {
  assertDisbursementStep,
  recordDisbursementAudit,
  recordDisbursementStep,
} from "@/lib/data/grants/record-disbursement-step";
import { db } from "@/lib/db";
import { gateProblem } from "@/lib/domain/disbursement-gate";
import { headroomProblem } from "@/lib/domain/disbursement-totals";
import { formatHkd } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { signDisbursementSchema } from "@/lib/schemas/grants";

/**
 * The programme officer's approval, the first of two signatures. Refused on a stale view, for
 * the officer's own request, for a gated tranche whose milestone is not ACHIEVED, for a
 * proof-of-payment tranche without a file, and when the bucket or grant has too little left:
 * that last check runs with the grant and bucket rows locked, so concurrent approvals queue
 * and never overspend. Tells the start-up and the finance approvers.
 */
export const approveDisbursement = organisationAction
  .metadata({ name: "approve-disbursement", permission: "disbursement.approve" })
  .inputSchema(signDisbursementSchema)
  .action(
    async ({ parsedInput: { disbursementId, version }, ctx: { user, organisation, request } }) => {
      const result = await db.$transaction(async (tx) => {
        const tranche = await getOperatorDisbursementForChange(tx, {
          organisationId: organisation.id,
          disbursementId,
        });
        assertDisbursementStep(tranche, {
          to: "APPROVED",
          side: "OFFICER",
          version,
          actorId: user.id,
        });
        if (tranche.grant.status !== "ACTIVE") {
          throw new AppError("CONFLICT", "This grant is closed: no more tranches can be approved.");
        }
        const gate = gateProblem(tranche);
        if (gate) throw new AppError("CONFLICT", gate);
        if (tranche.bucket.evidenceRule === "PAYMENT_PROOF" && tranche._count.attachments === 0) {
          throw new AppError(
            "CONFLICT",
            `${tranche.bucket.name} is reimbursed against proof of payment, and this request has no file attached. Ask ${tranche.grant.enrolment.startup.name} to attach the invoice and receipt first.`,
          );
        }

        // The audit event and the notices first: they roll back with the transaction if the
        // approval fails, and the grant's lock below is then held only for the check and the
        // update (every other approval on this grant waits for it).
        const step = {
          tranche,
          to: "APPROVED" as const,
          actorId: user.id,
          auditOrganisationId: organisation.id,
          request,
        };
        await recordDisbursementAudit(tx, step);
        const startupName = tranche.grant.enrolment.startup.name;
        const amount = formatHkd(tranche.amountCents);
        await notify(tx, {
          organisationId: organisation.id,
          userIds: await listGrantStartupMemberIds(tx, tranche.grantId),
          kind: "DISBURSEMENT",
          title: `${amount} approved by the programme office`,
          body: `"${tranche.purpose}" (${tranche.bucket.name}) now waits for the finance signature.`,
          link: `/${tranche.grant.enrolment.startup.slug}/disbursements/${tranche.id}`,
        });
        await notify(tx, {
          organisationId: organisation.id,
          userIds: (
            await listOperatorMemberIds(tx, {
              organisationId: organisation.id,
              role: "FINANCE_APPROVER",
            })
          ).filter((id) => id !== user.id),
          kind: "DISBURSEMENT",
          title: `Second signature needed: ${amount} for ${startupName}`,
          body: `${user.name} approved "${tranche.purpose}" (${tranche.bucket.name}).`,
          link: `/${organisation.slug}/disbursements/${tranche.id}`,
        });

        const committed = await lockGrantForApproval(tx, {
          grantId: tranche.grantId,
          bucketId: tranche.bucketId,
        });
        const headroom = headroomProblem(
          tranche.amountCents,
          {
            name: tranche.bucket.name,
            capCents: tranche.bucket.capCents,
            committedCents: committed.bucketCommittedCents,
          },
          {
            capCents: tranche.grant.approvedTotalCents,
            committedCents: committed.grantCommittedCents,
          },
          formatHkd,
        );
        if (headroom) throw new AppError("CONFLICT", `Cannot approve: ${headroom}`);
        await recordDisbursementStep(tx, {
          ...step,
          data: { approvedById: user.id, approvedAt: new Date() },
          auditFirst: true,
        });
        return { status: "APPROVED" as const, version: tranche.version + 1 };
      }, MONEY_TRANSACTION);
      revalidatePath(`/${organisation.slug}/disbursements`);
      return { disbursementId, ...result };
    },
  );
