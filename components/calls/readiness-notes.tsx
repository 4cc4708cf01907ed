import { useTranslations } from "next-intl";
import type { ReadinessProblem, SetupArea } from "@/lib/domain/call-publishing";

/** What still stops publishing in one area of the set-up, as a short amber note. */
export function ReadinessNotes({
  problems,
  area,
}: {
  problems: readonly ReadinessProblem[];
  area: SetupArea;
}) {
  const t = useTranslations("callsClient.readiness");
  const mine = problems.filter((problem) => problem.area === area);
  if (mine.length === 0) return null;
  return (
    <div
      role="status"
      className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      <p className="font-medium">{t("beforePublishing")}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {mine.map((problem) => (
          <li key={problem.message}>{problem.message}</li>
        ))}
      </ul>
    </div>
  );
}
