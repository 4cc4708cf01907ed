"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { getOperatorDisbursementForChange } from "@/lib/data/grants/disbursement-for-change";
import { listGrantStartupMemberIds } from "@/lib/data/grants/list-grant-recipients";
import { MONEY_TRANSACTION } from "@/lib/data/grants/money-transaction";
import {
  assertDisbursementStep,
  recordDisbursementStep,
} from "@/lib/data/grants/record-disbursement-step";
import { db } from "@/lib/db";
import { formatHkDate, hongKongToday } from "@/lib/domain/dates";
import { formatHkd } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { markDisbursementPaidSchema } from "@/lib/schemas/grants";

/**
 * Finance records the payment of a signed tranche: the bank's reference and the value date
 * (Hong Kong; not in the future, not before the finance signature). `paidAt` holds that date's
 * start in Hong Kong; the audit event keeps the moment it was recorded. Tells the start-up.
 */
export const markDisbursementPaid = organisationAction
  .metadata({ name: "mark-disbursement-paid", permission: "disbursement.mark_paid" })
  .inputSchema(markDisbursementPaidSchema)
  .action(
    async ({
      parsedInput: { disbursementId, version, paymentReference, paidOn },
      ctx: { user, organisation, request },
    }) => {
      const paidAt = new Date(`${paidOn}T00:00:00+08:00`);
      const today = hongKongToday();
      if (new Date(`${paidOn}T00:00:00Z`) > today) {
        throw new AppError("INVALID", "The payment date cannot be in the future.");
      }
      const result = await db.$transaction(async (tx) => {
        const tranche = await getOperatorDisbursementForChange(tx, {
          organisationId: organisation.id,
          disbursementId,
        });
        assertDisbursementStep(tranche, { to: "PAID", side: "FINANCE", version, actorId: user.id });
        const signedAt = tranche.financeApprovedAt;
        if (signedAt && new Date(`${paidOn}T23:59:59.999+08:00`) < signedAt) {
          throw new AppError(
            "INVALID",
            `The payment date cannot be before the finance signature on ${formatHkDate(signedAt)}.`,
          );
        }
        await recordDisbursementStep(tx, {
          tranche,
          to: "PAID",
          actorId: user.id,
          auditOrganisationId: organisation.id,
          data: { paidById: user.id, paidAt, paymentReference },
          auditAfter: { paymentReference, paidOn },
          request,
        });
        await notify(tx, {
          organisationId: organisation.id,
          userIds: await listGrantStartupMemberIds(tx, tranche.grantId),
          kind: "DISBURSEMENT",
          title: `${formatHkd(tranche.amountCents)} paid`,
          body: `"${tranche.purpose}" (${tranche.bucket.name}) was paid on ${formatHkDate(paidAt)}, reference ${paymentReference}.`,
          link: `/${tranche.grant.enrolment.startup.slug}/disbursements/${tranche.id}`,
        });
        return { status: "PAID" as const, version: tranche.version + 1 };
      }, MONEY_TRANSACTION);
      revalidatePath(`/${organisation.slug}/disbursements`);
      return { disbursementId, ...result };
    },
  );
