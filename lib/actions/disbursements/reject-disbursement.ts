"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import type { DisbursementActorSide } from "@/lib/domain/disbursement-status";
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
import { rejectDisbursementSchema } from "@/lib/schemas/grants";

/**
 * Rejects a tranche before it is paid, with the reason the start-up reads: the officer until
 * finance has signed, finance from the officer's approval on. Releases the money it held
 * against the caps. Tells the start-up, and the first approver when finance rejects.
 */
export const rejectDisbursement = organisationAction
  .metadata({ name: "reject-disbursement", permission: "disbursement.reject" })
  .inputSchema(rejectDisbursementSchema)
  .action(
    async ({
      parsedInput: { disbursementId, version, reason },
      ctx: { user, organisation, request, membership },
    }) => {
      const side: DisbursementActorSide =
        membership.role === "FINANCE_APPROVER" ? "FINANCE" : "OFFICER";
      const result = await db.$transaction(async (tx) => {
        const tranche = await getOperatorDisbursementForChange(tx, {
          organisationId: organisation.id,
          disbursementId,
        });
        assertDisbursementStep(tranche, { to: "REJECTED", side, version, actorId: user.id });
        await recordDisbursementStep(tx, {
          tranche,
          to: "REJECTED",
          actorId: user.id,
          auditOrganisationId: organisation.id,
          data: { rejectedById: user.id, rejectedAt: new Date(), rejectionReason: reason },
          auditAfter: { reason },
          request,
        });
        const amount = formatHkd(tranche.amountCents);
        await notify(tx, {
          organisationId: organisation.id,
          userIds: await listGrantStartupMemberIds(tx, tranche.grantId),
          kind: "DISBURSEMENT",
          title: `${amount} request not approved`,
          body: `"${tranche.purpose}": ${reason}`,
          link: `/${tranche.grant.enrolment.startup.slug}/disbursements/${tranche.id}`,
        });
        if (side === "FINANCE" && tranche.approvedById && tranche.approvedById !== user.id) {
          await notify(tx, {
            organisationId: organisation.id,
            userIds: [tranche.approvedById],
            kind: "DISBURSEMENT",
            title: `Finance rejected ${amount} for ${tranche.grant.enrolment.startup.name}`,
            body: `${user.name}: ${reason}`,
            link: `/${organisation.slug}/disbursements/${tranche.id}`,
          });
        }
        return { status: "REJECTED" as const, version: tranche.version + 1 };
      }, MONEY_TRANSACTION);
      revalidatePath(`/${organisation.slug}/disbursements`);
      return { disbursementId, ...result };
    },
  );
