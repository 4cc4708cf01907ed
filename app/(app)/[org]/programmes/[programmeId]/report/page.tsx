import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OfficerProgrammeReport } from "@/components/homes/officer-programme-report";
import { roleCan } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getProgrammeReport } from "@/lib/data/homes/officer-programme-report";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmeReport");
  return { title: t("metaTitle") };
}

/**
 * A printable report of one programme for boards and partners. Readable by whoever may read
 * the programme's money picture (admins, officers, finance); another operator's programme is
 * a 404.
 */
export default async function ProgrammeReportPage({
  params,
}: {
  params: Promise<{ org: string; programmeId: string }>;
}) {
  const { org, programmeId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "grant.report");
  const report = await getProgrammeReport(organisation.id, programmeId);
  if (!report) notFound();
  return (
    <OfficerProgrammeReport
      report={report}
      organisationSlug={organisation.slug}
      organisationName={organisation.name}
      organisationNameZh={organisation.nameZh}
      canOpenProgramme={roleCan(membership.role, "programme.manage")}
    />
  );
}
