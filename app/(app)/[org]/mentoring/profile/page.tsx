import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MentorProfileForm } from "@/components/mentors/mentor-profile-form";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getOwnMentorProfile } from "@/lib/data/mentors/get-own-mentor-profile";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mentors");
  return { title: t("profile.title") };
}

/** The mentor edits their own profile in this operator's pool. */
export default async function MentorProfilePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { user, membership, organisation } = await requireMembership(org);
  requirePermission(membership, "mentor_profile.edit");
  const [{ profile, load }, t] = await Promise.all([
    getOwnMentorProfile(organisation.id, user.id),
    getTranslations("mentors"),
  ]);

  return (
    <div className="space-y-6">
      <div>
        <Link
          href={`/${organisation.slug}/mentoring`}
          className="text-sm text-brand-700 hover:underline"
        >
          {t("profile.back")}
        </Link>
        <div className="mt-2">
          <PageHeader
            title={t("profile.heading")}
            description={t("profile.description", { operator: organisation.name })}
          />
        </div>
      </div>
      <Card>
        <CardBody>
          <MentorProfileForm organisation={organisation.slug} profile={profile} load={load} />
        </CardBody>
      </Card>
    </div>
  );
}
