import type { NotificationKind } from "@/lib/generated/prisma/enums";

/** Every kind of notice, in the order the preferences form and the inbox filter list them. */
export const NOTIFICATION_KINDS = [
  "DECISION",
  "DISBURSEMENT",
  "APPLICATION_STATUS",
  "CLARIFICATION",
  "REVIEW_ASSIGNED",
  "MILESTONE",
  "COACHING",
  "INVITATION",
  "SYSTEM",
] as const satisfies readonly NotificationKind[];

/** What each kind is about, as a user reads it. */
export const notificationKindLabels: Record<
  NotificationKind,
  { label: string; description: string }
> = {
  DECISION: {
    label: "Decisions",
    description: "An application you are part of is accepted or not accepted.",
  },
  DISBURSEMENT: {
    label: "Grant tranches",
    description: "Tranche requests, approvals, payments and rejections.",
  },
  APPLICATION_STATUS: {
    label: "Application progress",
    description: "Applications submitted, screened, shortlisted or withdrawn.",
  },
  CLARIFICATION: {
    label: "Questions on applications",
    description: "A programme officer asks for, or receives, a clarification.",
  },
  REVIEW_ASSIGNED: {
    label: "Reviews",
    description: "You are assigned an application to review, or a review is due.",
  },
  MILESTONE: {
    label: "Milestones",
    description: "Evidence submitted, milestones achieved, delayed or missed.",
  },
  COACHING: {
    label: "Coaching",
    description: "Session notes and action items from your mentors.",
  },
  INVITATION: {
    label: "Invitations",
    description: "Invitations to join an organisation.",
  },
  SYSTEM: {
    label: "Account and platform",
    description: "Changes to your account and announcements.",
  },
};
