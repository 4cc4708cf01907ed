import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { programmeBenefitLabels } from "@/components/applications/programme-benefit-labels";
import { EnrolForm } from "@/components/cohort/enrol-form";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getEnrolableApplication } from "@/lib/data/cohort/get-enrolable-application";
import { formatHkDate, hongKongToday } from "@/lib/domain/dates";
import { focusAreaLabels } from "@/lib/domain/focus-areas";

export const metadata: Metadata = { title: "Enrol a start-up" };

/** Enrols the start-up of an accepted application (linked from the cohort and the decision). */
export default async function EnrolPage({
  params,
}: {
  params: Promise<{ org: string; applicationId: string }>;
}) {
  const { org, applicationId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "enrolment.manage");
  const application = await getEnrolableApplication(organisation.id, applicationId);
  if (!application) notFound();
  const { programme } = application.call;
  const profile = application.startup.startupProfile;

  return (
    <div className="space-y-6">
      <div>
        <Link
          href={`/${organisation.slug}/cohort`}
          className="text-sm text-brand-700 hover:underline"
        >
          ← Cohort
        </Link>
        <div className="mt-2">
          <PageHeader
            title={`Enrol ${application.startup.name}`}
            titleZh={application.startup.nameZh}
            description={`${application.reference} · ${application.projectTitle}`}
          />
        </div>
      </div>
      {application.enrolment ? (
        <Card>
          <CardBody className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-ink-700">{application.startup.name} is already enrolled.</p>
            <ButtonLink href={`/${organisation.slug}/cohort/${application.enrolment.id}`} size="sm">
              Open the enrolment
            </ButtonLink>
          </CardBody>
        </Card>
      ) : (
        <div className="grid gap-6 lg:grid-cols-3">
          <Card className="lg:col-span-2">
            <CardHeader title="Term and support plan" />
            <CardBody>
              <EnrolForm
                organisation={organisation.slug}
                applicationId={application.id}
                startupName={application.startup.name}
                durationMonths={programme.durationMonths}
                defaultStartsOn={hongKongToday().toISOString().slice(0, 10)}
              />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={programme.name} description={`${programme.durationMonths} months`} />
            <CardBody className="space-y-4 text-sm">
              <div>
                <h3 className="text-xs font-medium text-ink-500 uppercase">Benefits</h3>
                <ul className="mt-1 list-inside list-disc space-y-0.5 text-ink-800">
                  {programme.benefits.map((benefit) => (
                    <li key={benefit}>{programmeBenefitLabels[benefit]}</li>
                  ))}
                </ul>
              </div>
              {application.decision ? (
                <p className="text-ink-600">
                  Accepted {formatHkDate(application.decision.decidedAt)}.
                </p>
              ) : null}
              {profile ? (
                <div className="space-y-1.5">
                  <h3 className="text-xs font-medium text-ink-500 uppercase">The start-up</h3>
                  {profile.leadAsset ? <p className="text-ink-800">{profile.leadAsset}</p> : null}
                  {profile.pipelineStage ? (
                    <p className="text-ink-600">{profile.pipelineStage}</p>
                  ) : null}
                  <div className="flex flex-wrap gap-1.5">
                    {profile.focusAreas.map((area) => (
                      <Badge key={area} tone="brand">
                        {focusAreaLabels[area]}
                      </Badge>
                    ))}
                  </div>
                </div>
              ) : null}
            </CardBody>
          </Card>
        </div>
      )}
    </div>
  );
}
