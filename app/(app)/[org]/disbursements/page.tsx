import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DisbursementQueue } from "@/components/grants/disbursement-queue";
import { TrancheQueueFiltersForm } from "@/components/grants/tranche-queue-filters-form";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getFormat } from "@/i18n/format";
import { roleCan } from "@/lib/auth/permissions";
import { requireMembership } from "@/lib/auth/session";
import { listDisbursementQueue, type QueueItem } from "@/lib/data/grants/list-disbursement-queue";
import { listFundingProgrammes } from "@/lib/data/grants/list-funding-programmes";
import {
  parseTrancheQueueFilters,
  statusesWaitingFor,
} from "@/lib/data/grants/tranche-queue-filters";
import { hongKongToday } from "@/lib/domain/dates";
import { availableSteps } from "@/lib/domain/disbursement-steps";
import { pageHref } from "@/lib/pagination/cursor";
import { readAsTenant } from "@/lib/db";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("disbursements");
  return { title: t("title") };
}

/**
 * The tranche queue of officers (first signature), finance (second signature, payment) and
 * admins (read only): 50 a page, filtered by status or "waiting for me" and by programme, with
 * the whole filtered queue's count and sum. A start-up's requests live on its grant page.
 */
export default async function DisbursementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org } = await params;
  const query = await searchParams;
  const { user, membership, organisation } = await requireMembership(org);
  if (membership.role === "STARTUP_MEMBER") redirect(`/${organisation.slug}/grants`);
  if (!roleCan(membership.role, "grant.report")) notFound();

  const t = await getTranslations("disbursements");
  const f = await getFormat();
  const filters = parseTrancheQueueFilters(query, membership.role);
  const viewer = { userId: user.id, role: membership.role };
  const [queue, programmes] = await readAsTenant(() =>
    Promise.all([
      listDisbursementQueue(organisation.id, filters, viewer),
      listFundingProgrammes(organisation.id),
    ]),
  );
  const todayHk = hongKongToday().toISOString().slice(0, 10);
  const stepsFor = (item: QueueItem) =>
    availableSteps({ role: membership.role, userId: user.id }, item);
  const basePath = `/${organisation.slug}/disbursements`;
  const exportHref = pageHref(`/api/${organisation.slug}/disbursements/export`, query, null);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeader title={t("title")} description={t("description")} />
        <a
          href={exportHref}
          className={buttonClassName({ variant: "secondary", size: "sm" })}
          download
        >
          {t("downloadCsv")}
        </a>
      </div>
      <Card>
        <CardHeader
          title={t(`view.${filters.view}`)}
          description={t(`viewHint.${filters.view}`)}
          action={
            <span className="font-medium text-ink-700 tabular-nums">
              {t("summary", { count: queue.totalCount, amount: f.money(queue.totalCents) })}
            </span>
          }
        />
        <TrancheQueueFiltersForm
          basePath={basePath}
          filters={filters}
          programmes={programmes}
          canWait={statusesWaitingFor(membership.role).length > 0}
        />
        {queue.items.length === 0 ? (
          <CardBody className="border-t border-ink-100">
            <EmptyState title={t(`empty.${filters.view}`)}>{t("emptyHint")}</EmptyState>
          </CardBody>
        ) : (
          <div className="border-t border-ink-100">
            <DisbursementQueue
              organisation={organisation.slug}
              items={queue.items}
              stepsFor={stepsFor}
              todayHk={todayHk}
            />
          </div>
        )}
        <CursorPager
          basePath={basePath}
          searchParams={query}
          nextCursor={queue.nextCursor}
          label={t("pagerLabel")}
        />
      </Card>
    </div>
  );
}
