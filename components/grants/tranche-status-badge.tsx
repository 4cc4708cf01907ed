import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { statusStyles } from "@/components/ui/status-badge";
import type { DisbursementStatus, MilestoneStatus } from "@/lib/generated/prisma/enums";

/** A tranche's status as a coloured pill, in the interface language. */
export async function TrancheStatusBadge({ status }: { status: DisbursementStatus }) {
  const t = await getTranslations("disbursements");
  return <Badge tone={statusStyles.disbursement[status].tone}>{t(`status.${status}`)}</Badge>;
}

/** A gating milestone's status as a coloured pill, in the interface language. */
export async function MilestoneStatusBadge({ status }: { status: MilestoneStatus }) {
  const t = await getTranslations("disbursements");
  return <Badge tone={statusStyles.milestone[status].tone}>{t(`milestoneStatus.${status}`)}</Badge>;
}
