import type {
  ActionItemStatus,
  ApplicationStatus,
  CallStatus,
  CoachingSessionStatus,
  DisbursementStatus,
  EnrolmentStatus,
  MembershipStatus,
  MilestoneStatus,
} from "@/lib/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

type StatusStyle = { label: string; tone: BadgeTone };

/** Label and colour of every status shown in the app, one table per record type. */
export const statusStyles = {
  application: {
    DRAFT: { label: "Draft", tone: "muted" },
    SUBMITTED: { label: "Submitted", tone: "info" },
    SCREENING: { label: "Screening", tone: "info" },
    IN_REVIEW: { label: "In review", tone: "brand" },
    SHORTLISTED: { label: "Shortlisted", tone: "warning" },
    ACCEPTED: { label: "Accepted", tone: "success" },
    REJECTED: { label: "Not successful", tone: "danger" },
    WITHDRAWN: { label: "Withdrawn", tone: "neutral" },
  } satisfies Record<ApplicationStatus, StatusStyle>,
  milestone: {
    PLANNED: { label: "Planned", tone: "muted" },
    IN_PROGRESS: { label: "In progress", tone: "info" },
    SUBMITTED: { label: "Evidence submitted", tone: "brand" },
    ACHIEVED: { label: "Achieved", tone: "success" },
    DELAYED: { label: "Delayed", tone: "warning" },
    MISSED: { label: "Missed", tone: "danger" },
  } satisfies Record<MilestoneStatus, StatusStyle>,
  disbursement: {
    REQUESTED: { label: "Requested", tone: "info" },
    APPROVED: { label: "Officer approved", tone: "brand" },
    FINANCE_APPROVED: { label: "Finance approved", tone: "warning" },
    PAID: { label: "Paid", tone: "success" },
    REJECTED: { label: "Rejected", tone: "danger" },
  } satisfies Record<DisbursementStatus, StatusStyle>,
  enrolment: {
    ACTIVE: { label: "Active", tone: "success" },
    GRADUATED: { label: "Graduated", tone: "brand" },
    WITHDRAWN: { label: "Withdrawn", tone: "neutral" },
  } satisfies Record<EnrolmentStatus, StatusStyle>,
  coachingSession: {
    SCHEDULED: { label: "Scheduled", tone: "info" },
    LOGGED: { label: "Logged", tone: "brand" },
    CONFIRMED: { label: "Confirmed", tone: "success" },
    CANCELLED: { label: "Cancelled", tone: "neutral" },
  } satisfies Record<CoachingSessionStatus, StatusStyle>,
  actionItem: {
    OPEN: { label: "Open", tone: "warning" },
    DONE: { label: "Done", tone: "success" },
    DROPPED: { label: "Dropped", tone: "neutral" },
  } satisfies Record<ActionItemStatus, StatusStyle>,
  call: {
    DRAFT: { label: "Draft", tone: "muted" },
    PUBLISHED: { label: "Open", tone: "success" },
    CLOSED: { label: "Closed", tone: "neutral" },
    ARCHIVED: { label: "Archived", tone: "muted" },
  } satisfies Record<CallStatus, StatusStyle>,
  membership: {
    ACTIVE: { label: "Active", tone: "success" },
    DEACTIVATED: { label: "Deactivated", tone: "neutral" },
  } satisfies Record<MembershipStatus, StatusStyle>,
};

export type StatusKind = keyof typeof statusStyles;

/** The human label of a status, e.g. statusLabel("application", "IN_REVIEW") → "In review". */
export function statusLabel<K extends StatusKind>(
  kind: K,
  status: keyof (typeof statusStyles)[K],
): string {
  return (statusStyles[kind][status] as StatusStyle).label;
}

/** A coloured pill for a record's status. */
export function StatusBadge<K extends StatusKind>({
  kind,
  status,
}: {
  kind: K;
  status: keyof (typeof statusStyles)[K];
}) {
  const style = statusStyles[kind][status] as StatusStyle;
  return <Badge tone={style.tone}>{style.label}</Badge>;
}
