import { isFinalStatus } from "@/lib/domain/application-status";
import type { ApplicationMessageKind, ApplicationStatus } from "@/lib/generated/prisma/enums";

/** The longest question or reply, in characters. */
export const CLARIFICATION_MAX_LENGTH = 4000;

/**
 * Clarifications never move an application along the status machine (it has no "awaiting
 * clarification" status); they live beside it while the programme office is working on a
 * submitted application: from submission until the decision or a withdrawal.
 */
export function isClarificationOpen(status: ApplicationStatus): boolean {
  return status !== "DRAFT" && !isFinalStatus(status);
}

/** Why the programme office cannot ask now, in words for the officer; null when it can. */
export function requestClarificationProblem(status: ApplicationStatus): string | null {
  if (status === "DRAFT") return "The applicant has not submitted yet: ask once it is submitted.";
  if (isFinalStatus(status)) {
    return `This application is ${status.toLowerCase()}: clarifications are closed.`;
  }
  return null;
}

/** Why the applicant cannot reply now, in words for the founder; null when they can. */
export function replyClarificationProblem(
  status: ApplicationStatus,
  kinds: readonly ApplicationMessageKind[],
): string | null {
  if (isFinalStatus(status)) {
    return `This application is ${status.toLowerCase()}: the programme office no longer takes replies here.`;
  }
  if (!kinds.includes("CLARIFICATION_REQUEST")) {
    return "The programme office has not asked anything yet.";
  }
  return null;
}

/** True when the programme office's last message has no reply after it. */
export function isAwaitingReply(kindsInOrder: readonly ApplicationMessageKind[]): boolean {
  return kindsInOrder.at(-1) === "CLARIFICATION_REQUEST";
}
