import { getTranslations } from "next-intl/server";
import { getFormat } from "@/i18n/format";
import { daysUntilDue, milestoneDueState } from "@/lib/domain/milestone-overdue";
import type { MilestoneStatus } from "@/lib/generated/prisma/enums";

const toneClassNames = {
  OVERDUE: "font-medium text-red-700",
  DUE_SOON: "font-medium text-amber-700",
  LATER: "text-ink-500",
  CLOSED: "text-ink-500",
} as const;

/** "30 Jun 2027 · Due in 5 days" (amber), "· 3 days overdue" (red); closed milestones show the date only. */
export async function MilestoneDue({
  dueOn,
  status,
  now,
}: {
  dueOn: Date;
  status: MilestoneStatus;
  now: Date;
}) {
  const [t, f] = await Promise.all([getTranslations("milestones"), getFormat()]);
  const state = milestoneDueState({ status, dueOn }, now);
  const days = daysUntilDue(dueOn, now);
  return (
    <span className="whitespace-nowrap">
      <span>{f.date(dueOn)}</span>
      {state === "OVERDUE" || state === "DUE_SOON" ? (
        <span className={toneClassNames[state]}>
          {" · "}
          {days < 0 ? t("due.overdue", { days: -days }) : t("due.in", { days })}
        </span>
      ) : null}
    </span>
  );
}
