import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StartupNextStep } from "@/lib/data/homes/startup-member-home-next-steps";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getFormat } from "@/i18n/format";
import { hongKongToday } from "@/lib/domain/dates";
import { daysUntilDue } from "@/lib/domain/milestone-overdue";
import { milestonePath } from "@/lib/domain/milestone-paths";

const linkClassName =
  "shrink-0 font-medium text-brand-700 hover:text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600";

/** The start-up's to-do list, each item saying what to do, by when, and linking to where. */
export async function StartupNextSteps({
  organisationSlug,
  steps,
  now,
}: {
  organisationSlug: string;
  steps: StartupNextStep[];
  now: Date;
}) {
  const t = await getTranslations("startupHome");
  const f = await getFormat();
  const describe = (step: StartupNextStep) => {
    switch (step.kind) {
      case "DRAFT_DUE": {
        const days = Math.max(0, daysUntilDue(hongKongToday(step.dueAt), now));
        return {
          title: t("stepDraft", { title: step.title }),
          detail: t("stepDraftDue", { days, date: f.dateTime(step.dueAt) }),
          href: `/${organisationSlug}/applications/${step.id}`,
          isUrgent: days <= 7,
        };
      }
      case "CLARIFICATION":
        return {
          title: t("stepClarification", { title: step.title }),
          detail: t("stepClarificationSince", { date: f.date(step.dueAt) }),
          href: `/${organisationSlug}/applications/${step.id}`,
          isUrgent: true,
        };
      case "EVIDENCE": {
        const days = daysUntilDue(step.dueAt, now);
        return {
          title: t("stepEvidence", { title: step.title }),
          detail:
            days < 0
              ? t("stepEvidenceOverdue", { days: -days, date: f.date(step.dueAt) })
              : t("stepEvidenceDue", { days, date: f.date(step.dueAt) }),
          href: milestonePath(organisationSlug, step.enrolmentId, step.id),
          isUrgent: days < 0,
        };
      }
      case "RECEIPT":
        return {
          title: t("stepReceipt", { title: step.title }),
          detail: t("stepReceiptAmount", {
            amount: f.money(step.amountCents),
            date: f.date(step.dueAt),
          }),
          href: `/${organisationSlug}/disbursements/${step.id}`,
          isUrgent: false,
        };
      case "CONFIRM_SESSION":
        return {
          title: t("stepConfirm", { name: step.title }),
          detail: t("stepConfirmOn", { date: f.date(step.dueAt) }),
          href: `/${organisationSlug}/coaching`,
          isUrgent: false,
        };
    }
  };

  return (
    <Card>
      <CardHeader title={t("nextStepsTitle")} />
      <CardBody>
        {steps.length === 0 ? (
          <EmptyState title={t("nextStepsEmptyTitle")}>{t("nextStepsEmptyBody")}</EmptyState>
        ) : (
          <ol className="divide-y divide-ink-100">
            {steps.map((step) => {
              const item = describe(step);
              return (
                <li
                  key={`${step.kind}:${step.id}`}
                  className="flex items-start justify-between gap-3 py-2.5 first:pt-0 last:pb-0"
                >
                  <div className="min-w-0">
                    <p className="text-sm font-medium [overflow-wrap:anywhere] text-ink-900">
                      {item.title}
                    </p>
                    <p
                      className={`text-xs ${item.isUrgent ? "font-medium text-red-700" : "text-ink-500"}`}
                    >
                      {item.detail}
                    </p>
                  </div>
                  <Link href={item.href} className={linkClassName}>
                    {t("open")}
                    <span className="sr-only">: {item.title}</span>
                  </Link>
                </li>
              );
            })}
          </ol>
        )}
      </CardBody>
    </Card>
  );
}
