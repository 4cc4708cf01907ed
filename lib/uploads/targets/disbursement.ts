import { AppError } from "@/lib/errors";
import type { UploadTarget } from "./types";

/**
 * Invoices and receipts a start-up attaches to its own tranche request. Files can be added
 * or removed while the request waits for the programme officer; once approved, the evidence
 * the signatures relied on never changes.
 */
export const disbursementUploadTarget: UploadTarget = {
  permission: "disbursement.request",
  kinds: ["PAYMENT_PROOF", "OTHER"],
  defaultKind: "PAYMENT_PROOF",
  async resolve(tx, { organisation }, disbursementId) {
    const disbursement = await tx.disbursement.findFirst({
      where: { id: disbursementId, grant: { enrolment: { startupId: organisation.id } } },
      select: { id: true, organisationId: true, status: true },
    });
    if (!disbursement) {
      throw new AppError("NOT_FOUND", "That page or record does not exist.", {
        reason: `disbursement ${disbursementId} not found for ${organisation.slug}`,
      });
    }
    if (disbursement.status !== "REQUESTED") {
      throw new AppError(
        "CONFLICT",
        "This request has been decided, so its receipts can no longer change. Send any new receipt with a new request.",
      );
    }
    return {
      organisationId: disbursement.organisationId,
      owner: { disbursementId: disbursement.id },
      maxFiles: 10,
    };
  },
};
