import { useLocale, useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { EligibilityOutcome, EligibilityResult } from "@/lib/domain/eligibility";

const outcomeTones: Record<EligibilityOutcome, BadgeTone> = {
  PASSED: "success",
  FAILED: "danger",
  UNANSWERED: "warning",
  SELF_DECLARED: "muted",
};

/** The applicant's self-check: each criterion of the call, met or not, and why. */
export function EligibilityPanel({ results }: { results: EligibilityResult[] }) {
  const t = useTranslations("applicationsClient.eligibility");
  const isChinese = useLocale().startsWith("zh");
  return (
    <ul className="divide-y divide-ink-100" aria-label={t("label")}>
      {results.map((result) => {
        const { criterion } = result;
        return (
          <li key={result.criterion.id} className="space-y-1 px-4 py-3 text-sm sm:px-5">
            <div className="flex items-start justify-between gap-2">
              <p className="font-medium text-ink-900">
                {isChinese && "labelZh" in criterion && typeof criterion.labelZh === "string"
                  ? criterion.labelZh
                  : criterion.label}
              </p>
              <Badge tone={outcomeTones[result.outcome]}>{t(`outcome.${result.outcome}`)}</Badge>
            </div>
            <p className="text-xs text-ink-500">{result.reason}</p>
          </li>
        );
      })}
    </ul>
  );
}
