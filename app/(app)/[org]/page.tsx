import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FinanceApproverHome } from "@/components/homes/finance-approver-home";
import { MentorHome } from "@/components/homes/mentor-home";
import { OperatorAdminHome } from "@/components/homes/operator-admin-home";
import { PartnerMemberHome } from "@/components/homes/partner-member-home";
import { ProgrammeOfficerHome } from "@/components/homes/programme-officer-home";
import { StartupMemberHome } from "@/components/homes/startup-member-home";
import { requireMembership } from "@/lib/auth/session";
import { getFinanceApproverHome } from "@/lib/data/homes/finance-approver-home";
import { getMentorHome } from "@/lib/data/homes/mentor-home";
import { getOperatorAdminHome } from "@/lib/data/homes/operator-admin-home";
import { getPartnerMemberHome } from "@/lib/data/homes/partner-member-home";
import { getProgrammeOfficerHome } from "@/lib/data/homes/programme-officer-home";
import { getStartupMemberHome } from "@/lib/data/homes/startup-member-home";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("home") };
}

/** The role home: every read is scoped by the membership's organisation (and user), never the URL. */
export default async function OrganisationHomePage({
  params,
}: {
  params: Promise<{ org: string }>;
}) {
  const { org } = await params;
  const { user, membership, organisation } = await requireMembership(org);
  switch (membership.role) {
    case "OPERATOR_ADMIN":
      return (
        <OperatorAdminHome
          organisationName={organisation.name}
          organisationNameZh={organisation.nameZh}
          organisationSlug={organisation.slug}
          data={await getOperatorAdminHome(organisation.id)}
        />
      );
    case "PROGRAMME_OFFICER":
      return (
        <ProgrammeOfficerHome
          organisationSlug={organisation.slug}
          data={await getProgrammeOfficerHome(organisation.id)}
        />
      );
    case "FINANCE_APPROVER":
      return (
        <FinanceApproverHome
          organisationSlug={organisation.slug}
          data={await getFinanceApproverHome(organisation.id)}
        />
      );
    case "MENTOR":
      return (
        <MentorHome
          organisationSlug={organisation.slug}
          data={await getMentorHome(organisation.id, user.id)}
        />
      );
    case "PARTNER_MEMBER":
      return (
        <PartnerMemberHome
          organisationSlug={organisation.slug}
          data={await getPartnerMemberHome(organisation.id)}
        />
      );
    case "EXTERNAL_REVIEWER":
      // An invited expert only reviews: their queue is their home.
      redirect(`/${organisation.slug}/reviews`);
    case "STARTUP_MEMBER":
      return (
        <StartupMemberHome
          organisationSlug={organisation.slug}
          startupName={organisation.name}
          startupNameZh={organisation.nameZh}
          data={await getStartupMemberHome(organisation.id)}
        />
      );
  }
}
