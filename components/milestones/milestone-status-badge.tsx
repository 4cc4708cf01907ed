import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { statusStyles } from "@/components/ui/status-badge";
import type { EnrolmentStatus, MilestoneStatus } from "@/lib/generated/prisma/enums";

/** A milestone's status pill in the interface language (colours from the shared table). */
export async function MilestoneStatusBadge({ status }: { status: MilestoneStatus }) {
  const t = await getTranslations("milestones");
  return <Badge tone={statusStyles.milestone[status].tone}>{t(`status.${status}`)}</Badge>;
}

/** An enrolment's status pill in the interface language. */
export async function EnrolmentStatusBadge({ status }: { status: EnrolmentStatus }) {
  const t = await getTranslations("milestones");
  return <Badge tone={statusStyles.enrolment[status].tone}>{t(`enrolmentStatus.${status}`)}</Badge>;
}
