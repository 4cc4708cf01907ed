import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MilestonePlanView } from "@/components/milestones/milestone-plan-view";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requireMembership } from "@/lib/auth/session";
import { getMilestonePlan } from "@/lib/data/milestones/get-milestone-plan";
import { milestoneReachOf } from "@/lib/data/milestones/milestone-reach";
import { formatHkDate } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Milestone plan" };

/** One enrolment's milestone plan: the start-up's own, any of the operator's for officers, assigned ones for mentors. */
export default async function MilestonePlanPage({
  params,
}: {
  params: Promise<{ org: string; enrolmentId: string }>;
}) {
  const { org, enrolmentId } = await params;
  const { user, membership } = await requireMembership(org);
  const reach = milestoneReachOf(membership, user.id);
  const now = new Date();
  const plan = await getMilestonePlan(reach, enrolmentId, now);
  if (!plan) notFound();
  const { enrolment } = plan;
  const isStartup = reach.side === "STARTUP";
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/${org}/milestones`} className="text-sm text-brand-700 hover:underline">
          ← Milestones
        </Link>
        <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
          <PageHeader
            title={isStartup ? enrolment.programme.name : enrolment.startup.name}
            titleZh={isStartup ? enrolment.programme.nameZh : enrolment.startup.nameZh}
            description={
              isStartup
                ? `Run by ${enrolment.organisation.name} · ${formatHkDate(enrolment.startsOn)} to ${formatHkDate(enrolment.endsOn)}`
                : `${enrolment.programme.name} · ${formatHkDate(enrolment.startsOn)} to ${formatHkDate(enrolment.endsOn)}${
                    enrolment.mentors.length > 0
                      ? ` · mentor${enrolment.mentors.length > 1 ? "s" : ""}: ${enrolment.mentors.map((m) => m.name).join(", ")}`
                      : ""
                  }`
            }
          />
          <StatusBadge kind="enrolment" status={enrolment.status} />
        </div>
      </div>
      <MilestonePlanView organisationSlug={org} plan={plan} side={reach.side} now={now} />
    </div>
  );
}
