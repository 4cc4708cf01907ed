import { getTranslations } from "next-intl/server";
import { getFormat, type Format } from "@/i18n/format";
import type { DisbursementStatus } from "@/lib/generated/prisma/enums";

type Tranche = {
  status: DisbursementStatus;
  requestedAt: Date;
  approvedAt: Date | null;
  financeApprovedAt: Date | null;
  paidAt: Date | null;
  rejectedAt: Date | null;
  paymentReference: string | null;
  rejectionReason: string | null;
  requestedBy: { name: string };
  approvedBy: { name: string } | null;
  financeApprovedBy: { name: string } | null;
  rejectedBy: { name: string } | null;
};

type Step = {
  label: string;
  detail: string | null;
  state: "done" | "current" | "todo" | "stopped";
};

type Translate = Awaited<ReturnType<typeof getTranslations<"disbursements">>>;

function stepsOf(tranche: Tranche, t: Translate, f: Format): Step[] {
  const by = (at: Date, who: { name: string }) =>
    t("timeline.by", { when: f.dateTime(at), name: who.name });
  const steps: Step[] = [
    {
      label: t("timeline.requested"),
      detail: by(tranche.requestedAt, tranche.requestedBy),
      state: "done",
    },
  ];
  const later: [string, Date | null, { name: string } | null][] = [
    [t("timeline.approved"), tranche.approvedAt, tranche.approvedBy],
    [t("timeline.signed"), tranche.financeApprovedAt, tranche.financeApprovedBy],
  ];
  let isWaiting = false;
  for (const [label, at, who] of later) {
    if (at && who) steps.push({ label, detail: by(at, who), state: "done" });
    else if (tranche.status === "REJECTED") break;
    else {
      steps.push({ label, detail: null, state: isWaiting ? "todo" : "current" });
      isWaiting = true;
    }
  }
  if (tranche.status === "REJECTED" && tranche.rejectedAt) {
    steps.push({
      label: t("timeline.rejected"),
      detail: `${tranche.rejectedBy ? by(tranche.rejectedAt, tranche.rejectedBy) : f.dateTime(tranche.rejectedAt)}: ${tranche.rejectionReason ?? ""}`,
      state: "stopped",
    });
  } else if (tranche.paidAt) {
    steps.push({
      label: t("timeline.paid"),
      detail: t("timeline.paidDetail", {
        date: f.date(tranche.paidAt),
        reference: tranche.paymentReference ?? "—",
      }),
      state: "done",
    });
  } else {
    steps.push({ label: t("timeline.paid"), detail: null, state: isWaiting ? "todo" : "current" });
  }
  return steps;
}

const DOT: Record<Step["state"], string> = {
  done: "bg-emerald-600 ring-emerald-100",
  current: "bg-amber-500 ring-amber-100",
  todo: "bg-ink-300 ring-ink-100",
  stopped: "bg-red-600 ring-red-100",
};

/** The tranche's signatures in order: who and when, what is next, or why it stopped. */
export async function DisbursementTimeline({ tranche }: { tranche: Tranche }) {
  const t = await getTranslations("disbursements");
  const f = await getFormat();
  return (
    <ol className="space-y-3">
      {stepsOf(tranche, t, f).map((step) => (
        <li key={step.label} className="flex gap-3">
          <span
            className={`mt-1.5 size-2.5 shrink-0 rounded-full ring-4 ${DOT[step.state]}`}
            aria-hidden
          />
          <div className="min-w-0">
            <p
              className={`text-sm font-medium ${step.state === "todo" ? "text-ink-500" : "text-ink-900"}`}
            >
              {step.label}
              {step.state === "current" ? (
                <span className="font-normal text-amber-800"> · {t("timeline.next")}</span>
              ) : null}
            </p>
            {step.detail ? <p className="text-sm text-ink-600">{step.detail}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
