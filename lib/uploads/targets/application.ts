import { AppError } from "@/lib/errors";
import type { UploadTarget } from "./types";

/** Files a start-up attaches to its own draft application (file questions). */
export const applicationUploadTarget: UploadTarget = {
  permission: "application.edit_draft",
  kinds: ["PITCH_DECK", "IP_SUMMARY", "FINANCIALS", "OTHER"],
  defaultKind: "OTHER",
  async resolve(tx, { organisation }, applicationId) {
    const application = await tx.application.findFirst({
      where: { id: applicationId, startupId: organisation.id },
      select: { id: true, organisationId: true, status: true, reference: true },
    });
    if (!application) {
      throw new AppError("NOT_FOUND", "That page or record does not exist.", {
        reason: `application ${applicationId} not found for ${organisation.slug}`,
      });
    }
    if (application.status !== "DRAFT") {
      throw new AppError(
        "CONFLICT",
        `${application.reference} has been submitted; its files can no longer change.`,
      );
    }
    return {
      organisationId: application.organisationId,
      owner: { applicationId: application.id },
      maxFiles: 30,
    };
  },
};
