import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { EligibilityOutcome, EligibilityResult } from "@/lib/domain/eligibility";

const outcomeBadges: Record<EligibilityOutcome, { tone: BadgeTone; label: string }> = {
  PASSED: { tone: "success", label: "Met" },
  FAILED: { tone: "danger", label: "Not met" },
  UNANSWERED: { tone: "warning", label: "To answer" },
  SELF_DECLARED: { tone: "muted", label: "Self-declared" },
};

/** The applicant's self-check: each criterion of the call, met or not, and why. */
export function EligibilityPanel({ results }: { results: EligibilityResult[] }) {
  return (
    <ul className="divide-y divide-ink-100" aria-label="Eligibility self-check">
      {results.map((result) => {
        const badge = outcomeBadges[result.outcome];
        return (
          <li key={result.criterion.id} className="space-y-1 px-4 py-3 text-sm sm:px-5">
            <div className="flex items-start justify-between gap-2">
              <p className="font-medium text-ink-900">{result.criterion.label}</p>
              <Badge tone={badge.tone}>{badge.label}</Badge>
            </div>
            <p className="text-xs text-ink-500">{result.reason}</p>
          </li>
        );
      })}
    </ul>
  );
}
