import { AppError } from "@/lib/errors";
import type { UploadTarget } from "./types";

/**
 * Documents a start-up attaches to the evidence it submitted for one of its milestones (study
 * reports, regulator's minutes, certificates of analysis). Files can be added or removed while
 * that evidence waits for the officer; once it is assessed, or newer evidence replaces it, the
 * files the assessment relied on never change.
 */
export const milestoneEvidenceUploadTarget: UploadTarget = {
  permission: "milestone.submit_evidence",
  kinds: ["MILESTONE_EVIDENCE", "OTHER"],
  defaultKind: "MILESTONE_EVIDENCE",
  async resolve(tx, { organisation }, evidenceId) {
    const evidence = await tx.milestoneEvidence.findFirst({
      where: { id: evidenceId, milestone: { enrolment: { startupId: organisation.id } } },
      select: {
        id: true,
        organisationId: true,
        milestone: {
          select: {
            status: true,
            evidence: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true } },
          },
        },
      },
    });
    if (!evidence) {
      throw new AppError("NOT_FOUND", "That page or record does not exist.", {
        reason: `milestone evidence ${evidenceId} not found for ${organisation.slug}`,
      });
    }
    const isLatest = evidence.milestone.evidence[0]?.id === evidence.id;
    if (evidence.milestone.status !== "SUBMITTED" || !isLatest) {
      throw new AppError(
        "CONFLICT",
        "This evidence has been assessed, so its files can no longer change. Submit new evidence to send more files.",
      );
    }
    return {
      organisationId: evidence.organisationId,
      owner: { milestoneEvidenceId: evidence.id },
      maxFiles: 10,
    };
  },
};
