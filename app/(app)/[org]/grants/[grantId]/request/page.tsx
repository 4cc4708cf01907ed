import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RequestTrancheForm } from "@/components/grants/request-tranche-form";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getFormat } from "@/i18n/format";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getRequestFormOrNotFound } from "@/lib/data/grants/get-request-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("grants");
  return { title: t("startup.requestTranche") };
}

/** The start-up asks for a tranche of its own grant. */
export default async function RequestTranchePage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; grantId: string }>;
  searchParams: Promise<{ bucket?: string }>;
}) {
  const { org, grantId } = await params;
  const { bucket } = await searchParams;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "disbursement.request");
  const t = await getTranslations("grants");
  const f = await getFormat();
  const form = await getRequestFormOrNotFound(organisation.id, grantId);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${organisation.slug}/grants`} className="text-brand-700 hover:underline">
          ← {t("startup.title")}
        </Link>
      </p>
      <PageHeader
        title={t("startup.requestTranche")}
        description={t("request.description", {
          programme: form.programmeName,
          operator: form.operatorName,
          amount: f.money(form.totals.remainingCents),
        })}
      />
      <Card>
        <CardBody>
          {form.isOpen ? (
            <RequestTrancheForm
              organisation={organisation.slug}
              grantId={form.id}
              initialBucketId={form.buckets.some((item) => item.id === bucket) ? bucket : undefined}
              buckets={form.buckets.map((item) => ({
                id: item.id,
                name: item.name,
                nameZh: item.nameZh,
                evidenceRule: item.evidenceRule,
                requiresPreApproval: item.requiresPreApproval,
                gatingMilestoneCategory: item.gatingMilestoneCategory,
                remainingCents: item.totals.remainingCents,
                requestedCents: item.totals.requestedCents,
              }))}
              milestones={form.milestones.map((milestone) => ({
                ...milestone,
                dueOn: milestone.dueOn.toISOString().slice(0, 10),
              }))}
            />
          ) : (
            <EmptyState title={t("request.closed")}>{t("request.closedHint")}</EmptyState>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
