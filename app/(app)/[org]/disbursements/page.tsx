import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { DisbursementQueue } from "@/components/grants/disbursement-queue";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { roleCan } from "@/lib/auth/permissions";
import { requireMembership } from "@/lib/auth/session";
import { listDisbursementQueue, type QueueItem } from "@/lib/data/grants/list-disbursement-queue";
import { hongKongToday } from "@/lib/domain/dates";
import { availableSteps } from "@/lib/domain/disbursement-steps";
import { formatHkd, sumCents } from "@/lib/domain/money";
import type { DisbursementStatus } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Disbursements" };

type Section = {
  statuses: DisbursementStatus[];
  title: string;
  description: string;
  empty: string;
  emptyHint: string;
};

const SECTIONS: Record<"officer" | "finance" | "payment", Section> = {
  officer: {
    statuses: ["REQUESTED"],
    title: "Requests awaiting the programme office",
    description:
      "First signature. Check the purpose, the receipts and the milestone before approving.",
    empty: "No request is waiting.",
    emptyHint: "New requests from start-ups appear here, oldest first.",
  },
  finance: {
    statuses: ["APPROVED"],
    title: "Awaiting the finance signature",
    description:
      "Second signature on tranches the programme office approved. You cannot sign what you requested or approved.",
    empty: "Nothing to sign.",
    emptyHint: "Tranches appear here once a programme officer has approved them.",
  },
  payment: {
    statuses: ["FINANCE_APPROVED"],
    title: "Signed, to be paid",
    description: "Record each payment with the bank's reference once it has gone out.",
    empty: "Nothing waiting for payment.",
    emptyHint: "Signed tranches appear here until their payment is recorded.",
  },
};

/**
 * The approval queues: the officer's (requests), finance's (second signature, then payment).
 * Admins see the queues without actions; a start-up's requests live on its grant page.
 */
export default async function DisbursementsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { user, membership, organisation } = await requireMembership(org);
  if (membership.role === "STARTUP_MEMBER") redirect(`/${organisation.slug}/grants`);
  if (!roleCan(membership.role, "grant.report")) notFound();

  const sections: Section[] =
    membership.role === "PROGRAMME_OFFICER"
      ? [SECTIONS.officer]
      : membership.role === "FINANCE_APPROVER"
        ? [SECTIONS.finance, SECTIONS.payment]
        : [SECTIONS.officer, SECTIONS.finance, SECTIONS.payment];
  const lists = await Promise.all(
    sections.map((section) => listDisbursementQueue(organisation.id, section.statuses, user.id)),
  );
  const todayHk = hongKongToday().toISOString().slice(0, 10);
  const stepsFor = (item: QueueItem) =>
    availableSteps({ role: membership.role, userId: user.id }, item);

  return (
    <div className="space-y-6">
      <PageHeader
        title="Disbursements"
        description="Every tranche takes two signatures from two different people before it is paid."
      />
      {sections.map((section, index) => {
        const items = lists[index] ?? [];
        return (
          <Card key={section.title}>
            <CardHeader
              title={section.title}
              description={section.description}
              action={
                items.length > 0 ? (
                  <span className="font-medium text-ink-700 tabular-nums">
                    {items.length} · {formatHkd(sumCents(items.map((item) => item.amountCents)))}
                  </span>
                ) : null
              }
            />
            {items.length === 0 ? (
              <CardBody>
                <EmptyState title={section.empty}>{section.emptyHint}</EmptyState>
              </CardBody>
            ) : (
              <DisbursementQueue
                organisation={organisation.slug}
                items={items}
                stepsFor={stepsFor}
                todayHk={todayHk}
              />
            )}
          </Card>
        );
      })}
    </div>
  );
}
