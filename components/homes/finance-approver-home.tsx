import type { FinanceApproverHomeData } from "@/lib/data/homes/finance-approver-home";
import { AwaitingSignatureTable } from "@/components/homes/awaiting-signature-table";
import { ProgrammeTotalsTable } from "@/components/homes/programme-totals-table";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { formatHkDate } from "@/lib/domain/dates";
import { formatHkd, sumCents } from "@/lib/domain/money";

export function FinanceApproverHome({ data }: { data: FinanceApproverHomeData }) {
  const remainingCents = sumCents(data.programmeTotals.map((totals) => totals.remainingCents));
  const monthName = new Intl.DateTimeFormat("en-HK", {
    month: "long",
    timeZone: "Asia/Hong_Kong",
  }).format(data.paidThisMonth.monthStart);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Finance approvals"
        description="Second signature on tranches the programme office has approved."
      />
      <StatGrid>
        <Stat
          label="Awaiting your signature"
          value={data.awaitingSignature.length}
          hint={formatHkd(data.awaitingTotalCents)}
          tone={data.awaitingSignature.length > 0 ? "warning" : "neutral"}
        />
        <Stat
          label={`Paid in ${monthName}`}
          value={formatHkd(data.paidThisMonth.totalCents, { omitZeroCents: true })}
          hint={
            data.paidThisMonth.count > 0
              ? `${data.paidThisMonth.count} ${data.paidThisMonth.count === 1 ? "tranche" : "tranches"}`
              : data.paidThisMonth.lastPaidAt
                ? `Last payment ${formatHkDate(data.paidThisMonth.lastPaidAt)}`
                : "Nothing paid yet"
          }
          tone="brand"
        />
        <Stat
          label="Signed, awaiting payment"
          value={data.awaitingPayment.count}
          hint={formatHkd(data.awaitingPayment.totalCents)}
        />
        <Stat
          label="Uncommitted grant funds"
          value={formatHkd(remainingCents, { omitZeroCents: true })}
          hint="Across all programmes"
        />
      </StatGrid>

      <Card>
        <CardHeader
          title="Awaiting your second signature"
          description="You cannot sign a tranche you requested or approved yourself."
        />
        {data.awaitingSignature.length === 0 ? (
          <CardBody>
            <EmptyState title="Nothing to sign.">
              Tranches appear here once a programme officer has given the first approval.
            </EmptyState>
          </CardBody>
        ) : (
          <AwaitingSignatureTable tranches={data.awaitingSignature} />
        )}
      </Card>

      <Card>
        <CardHeader
          title="Programme totals"
          description="Awarded = grants approved; approved = signed but unpaid tranches; remaining = awarded − approved − paid."
        />
        {data.programmeTotals.length === 0 ? (
          <CardBody>
            <EmptyState title="No grants awarded yet.">
              Grants appear here when accepted start-ups are enrolled.
            </EmptyState>
          </CardBody>
        ) : (
          <ProgrammeTotalsTable totals={data.programmeTotals} />
        )}
      </Card>
    </div>
  );
}
