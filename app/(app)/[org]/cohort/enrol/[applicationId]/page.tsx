import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EnrolForm } from "@/components/cohort/enrol-form";
import { localName } from "@/components/cohort/local-name";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getEnrolableApplication } from "@/lib/data/cohort/get-enrolable-application";
import { getFormat } from "@/i18n/format";
import { hongKongToday } from "@/lib/domain/dates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cohort");
  return { title: t("enrol.title") };
}

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
  const [t, labels, f] = await Promise.all([
    getTranslations("cohort"),
    getTranslations("coachingClient"),
    getFormat(),
  ]);
  const { programme } = application.call;
  const profile = application.startup.startupProfile;

  return (
    <div className="space-y-6">
      <div>
        <Link
          href={`/${organisation.slug}/cohort`}
          className="text-sm text-brand-700 hover:underline"
        >
          {t("enrolment.back")}
        </Link>
        <div className="mt-2">
          <PageHeader
            title={t("enrol.heading", { name: application.startup.name })}
            titleZh={application.startup.nameZh}
            description={`${application.reference} · ${application.projectTitle}`}
          />
        </div>
      </div>
      {application.enrolment ? (
        <Card>
          <CardBody className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-ink-700">
              {t("enrol.already", { name: application.startup.name })}
            </p>
            <ButtonLink href={`/${organisation.slug}/cohort/${application.enrolment.id}`} size="sm">
              {t("enrol.open")}
            </ButtonLink>
          </CardBody>
        </Card>
      ) : (
        <div className="grid gap-6 lg:grid-cols-3">
          <Card className="lg:col-span-2">
            <CardHeader title={t("enrol.termAndPlan")} />
            <CardBody>
              <EnrolForm
                organisation={organisation.slug}
                applicationId={application.id}
                startupName={localName(f.locale, application.startup)}
                durationMonths={programme.durationMonths}
                defaultStartsOn={hongKongToday().toISOString().slice(0, 10)}
              />
            </CardBody>
          </Card>
          <Card>
            <CardHeader
              title={localName(f.locale, programme)}
              description={t("enrol.months", { months: programme.durationMonths })}
            />
            <CardBody className="space-y-4 text-sm">
              <div>
                <h3 className="text-xs font-medium text-ink-500 uppercase">
                  {t("enrol.benefits")}
                </h3>
                <ul className="mt-1 list-inside list-disc space-y-0.5 text-ink-800">
                  {programme.benefits.map((benefit) => (
                    <li key={benefit}>{labels(`benefit.${benefit}`)}</li>
                  ))}
                </ul>
              </div>
              {application.decision ? (
                <p className="text-ink-600">
                  {t("enrol.acceptedOn", { date: f.date(application.decision.decidedAt) })}
                </p>
              ) : null}
              {profile ? (
                <div className="space-y-1.5">
                  <h3 className="text-xs font-medium text-ink-500 uppercase">
                    {t("enrolment.theStartup")}
                  </h3>
                  {profile.leadAsset ? <p className="text-ink-800">{profile.leadAsset}</p> : null}
                  {profile.pipelineStage ? (
                    <p className="text-ink-600">{profile.pipelineStage}</p>
                  ) : null}
                  <div className="flex flex-wrap gap-1.5">
                    {profile.focusAreas.map((area) => (
                      <Badge key={area} tone="brand">
                        {labels(`focusArea.${area}`)}
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
