import { BucketBalanceTable } from "@/components/grants/bucket-balance-table";
import { GrantStats } from "@/components/grants/grant-stats";
import { TrancheList, type TrancheListItem } from "@/components/grants/tranche-list";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { GrantDetail } from "@/lib/data/grants/get-grant-detail";
import { formatHkDate } from "@/lib/domain/dates";

/** One grant as its holder sees it: the numbers, each bucket's balance and every request. */
export function StartupGrantCard({
  organisation,
  grant,
}: {
  organisation: string;
  grant: GrantDetail;
}) {
  const isOpen = grant.status === "ACTIVE" && grant.enrolment.status === "ACTIVE";
  const tranches: TrancheListItem[] = grant.disbursements;
  return (
    <section className="space-y-4" aria-labelledby={`grant-${grant.id}`}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id={`grant-${grant.id}`} className="text-lg font-semibold text-ink-900">
            {grant.enrolment.programme.name}
          </h2>
          <p className="text-sm text-ink-500">
            Awarded by {grant.organisation.name} on {formatHkDate(grant.awardedAt)}
            {isOpen ? "" : " · closed"}
          </p>
        </div>
        {isOpen ? (
          <ButtonLink href={`/${organisation}/grants/${grant.id}/request`}>
            Request a tranche
          </ButtonLink>
        ) : null}
      </div>
      <GrantStats totals={grant.totals} />
      <Card>
        <CardHeader
          title="Balance by bucket"
          description="Approved money is signed by the programme office; remaining is what can still be approved."
        />
        <BucketBalanceTable
          caption={`Balance of your ${grant.enrolment.programme.name} grant by bucket`}
          buckets={grant.buckets}
          totals={grant.totals}
        />
      </Card>
      <Card>
        <CardHeader
          title="Your tranche requests"
          description="Newest first. Open one to see its signatures, receipts and payment."
        />
        {tranches.length === 0 ? (
          <CardBody>
            <EmptyState
              title="No requests yet."
              action={
                isOpen ? (
                  <ButtonLink
                    href={`/${organisation}/grants/${grant.id}/request`}
                    variant="secondary"
                    size="sm"
                  >
                    Request your first tranche
                  </ButtonLink>
                ) : null
              }
            >
              Ask for a tranche when you need money from a bucket: the programme office approves it,
              finance signs it, and it is paid to the company&apos;s account.
            </EmptyState>
          </CardBody>
        ) : (
          <TrancheList organisation={organisation} tranches={tranches} />
        )}
      </Card>
    </section>
  );
}
