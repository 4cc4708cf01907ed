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
import { formatHkd } from "@/lib/domain/money";
import { notify } from "@/lib/notifications/notify";
import { signDisbursementSchema } from "@/lib/schemas/grants";

/**
 * The finance approver's second signature on an officer-approved tranche. Maker-checker: never
 * the requester's or the first approver's. The money was already counted against the caps at
 * the first approval, so nothing is re-summed here. Tells the start-up and the officer.
 */
export const financeApproveDisbursement = organisationAction
  .metadata({ name: "finance-approve-disbursement", permission: "disbursement.finance_approve" })
  .inputSchema(signDisbursementSchema)
  .action(
    async ({ parsedInput: { disbursementId, version }, ctx: { user, organisation, request } }) => {
      const result = await db.$transaction(async (tx) => {
        const tranche = await getOperatorDisbursementForChange(tx, {
          organisationId: organisation.id,
          disbursementId,
        });
        assertDisbursementStep(tranche, {
          to: "FINANCE_APPROVED",
          side: "FINANCE",
          version,
          actorId: user.id,
        });
        await recordDisbursementStep(tx, {
          tranche,
          to: "FINANCE_APPROVED",
          actorId: user.id,
          auditOrganisationId: organisation.id,
          data: { financeApprovedById: user.id, financeApprovedAt: new Date() },
          request,
        });
        const amount = formatHkd(tranche.amountCents);
        await notify(tx, {
          organisationId: organisation.id,
          userIds: await listGrantStartupMemberIds(tx, tranche.grantId),
          kind: "DISBURSEMENT",
          title: `${amount} signed off by finance`,
          body: `"${tranche.purpose}" (${tranche.bucket.name}) is in the next payment run.`,
          link: `/${tranche.grant.enrolment.startup.slug}/disbursements/${tranche.id}`,
        });
        await notify(tx, {
          organisationId: organisation.id,
          userIds: tranche.approvedById ? [tranche.approvedById] : [],
          kind: "DISBURSEMENT",
          title: `Finance signed ${amount} for ${tranche.grant.enrolment.startup.name}`,
          body: `${user.name} gave the second signature on "${tranche.purpose}".`,
          link: `/${organisation.slug}/disbursements/${tranche.id}`,
        });
        return { status: "FINANCE_APPROVED" as const, version: tranche.version + 1 };
      }, MONEY_TRANSACTION);
      revalidatePath(`/${organisation.slug}/disbursements`);
      return { disbursementId, ...result };
    },
  );
