import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PartnerCohortView } from "@/components/partner/partner-cohort-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembership } from "@/lib/auth/session";
import {
  listPartnerCohort,
  readPartnerCohortFilters,
} from "@/lib/data/partner/list-partner-cohort";
import { readCursorParam } from "@/lib/pagination/cursor";
import { readAsTenant } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnerCohort");
  return { title: t("title") };
}

/** A partner's start-ups: only its own programmes, only what each start-up shares with it. */
export default async function PartnerCohortPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org } = await params;
  const query = await searchParams;
  const { membership, organisation } = await requireMembership(org);
  // Partner members only: no permission grants this page to anyone else.
  if (membership.role !== "PARTNER_MEMBER") notFound();
  const [t, locale] = await readAsTenant(() =>
    Promise.all([getTranslations("partnerCohort"), getLocale()]),
  );
  const now = new Date();
  const filters = readPartnerCohortFilters(query);
  const cohort = await listPartnerCohort(organisation.id, filters, readCursorParam(query), now);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <PartnerCohortView
        partnerSlug={org}
        cohort={cohort}
        filters={filters}
        searchParams={query}
        locale={locale}
        now={now}
      />
    </div>
  );
}
