import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireMembership } from "@/lib/auth/session";
import { getMilestonePlan } from "@/lib/data/milestones/get-milestone-plan";
import { milestoneReachOf } from "@/lib/data/milestones/milestone-reach";
import { MilestonePlanView } from "./milestone-plan-view";

/**
 * The milestone plan of one enrolment, for any page that shows an enrolment (the cohort page
 * mounts it as `<MilestonePlanSection organisation={org} enrolmentId={id} />`). Reads as the
 * signed-in member: the start-up, the operator's officer or an assigned mentor; 404 otherwise.
 */
export async function MilestonePlanSection({
  organisation,
  enrolmentId,
}: {
  organisation: string;
  enrolmentId: string;
}) {
  const { user, membership } = await requireMembership(organisation);
  const reach = milestoneReachOf(membership, user.id);
  const now = new Date();
  const plan = await getMilestonePlan(reach, enrolmentId, now);
  if (!plan) notFound();
  return (
    <MilestonePlanView
      organisationSlug={organisation}
      plan={plan}
      side={reach.side}
      now={now}
      locale={await getLocale()}
    />
  );
}
