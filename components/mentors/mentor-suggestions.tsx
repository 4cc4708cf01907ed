"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeActionError } from "@/components/members/action-error";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { assignMentor } from "@/lib/actions/mentors/assign-mentor";

export type SuggestionView = {
  userId: string;
  name: string;
  headline: string | null;
  hasProfile: boolean;
  isEntrepreneurInResidence: boolean;
  score: number;
  isFull: boolean;
  reasons: string[];
};

/** Ranked mentors for one start-up, why each fits, and an Assign button (full mentors: none). */
export function MentorSuggestions({
  organisation,
  enrolmentId,
  suggestions,
  limit = 5,
}: {
  organisation: string;
  enrolmentId: string;
  suggestions: SuggestionView[];
  limit?: number;
}) {
  const t = useTranslations("mentorsClient");
  const toast = useToast();
  const router = useRouter();
  const [isShowingAll, setIsShowingAll] = useState(false);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const { executeAsync } = useAction(assignMentor);
  const shown = isShowingAll ? suggestions : suggestions.slice(0, limit);

  async function assign(suggestion: SuggestionView) {
    setPendingId(suggestion.userId);
    try {
      const result = await executeAsync({ organisation, enrolmentId, mentorId: suggestion.userId });
      if (!result.data) {
        toast({
          title: t("assign.failed"),
          description: describeActionError(result) ?? "",
          tone: "error",
        });
      } else {
        toast({ title: t("assign.done", { name: suggestion.name }), tone: "success" });
        router.refresh();
      }
    } catch {
      toast({ title: t("assign.failed"), description: t("unreachable"), tone: "error" });
    } finally {
      setPendingId(null);
    }
  }

  return (
    <div className="space-y-3">
      <ol className="divide-y divide-ink-100 rounded-md border border-ink-200">
        {shown.map((suggestion, index) => (
          <li key={suggestion.userId} className="flex flex-wrap items-start gap-3 px-3 py-3">
            <span
              className={`mt-0.5 inline-flex h-9 w-11 shrink-0 items-center justify-center rounded-md text-sm font-semibold tabular-nums ${suggestion.isFull ? "bg-ink-100 text-ink-500" : index === 0 ? "bg-brand-700 text-white" : "bg-brand-50 text-brand-800"}`}
              title={t("assign.scoreHint")}
            >
              {suggestion.score}
            </span>
            <div className="min-w-0 flex-1">
              <p className="font-medium text-ink-900">
                {suggestion.name}{" "}
                {suggestion.isEntrepreneurInResidence ? (
                  <Badge tone="info">{t("assign.eir")}</Badge>
                ) : null}
                {suggestion.isFull ? <Badge tone="muted">{t("assign.full")}</Badge> : null}
              </p>
              {suggestion.headline ? (
                <p className="text-xs text-ink-500">{suggestion.headline}</p>
              ) : !suggestion.hasProfile ? (
                <p className="text-xs text-amber-700">{t("assign.noProfile")}</p>
              ) : null}
              <ul className="mt-1 space-y-0.5 text-sm text-ink-700">
                {suggestion.reasons.map((reason) => (
                  <li key={reason}>· {reason}</li>
                ))}
              </ul>
            </div>
            <Button
              size="sm"
              variant={index === 0 && !suggestion.isFull ? "primary" : "secondary"}
              disabled={suggestion.isFull || pendingId !== null}
              onClick={() => assign(suggestion)}
              aria-label={t("assign.label", { name: suggestion.name })}
            >
              {pendingId === suggestion.userId ? t("assign.assigning") : t("assign.button")}
            </Button>
          </li>
        ))}
      </ol>
      {suggestions.length > limit ? (
        <Button variant="ghost" size="sm" onClick={() => setIsShowingAll(!isShowingAll)}>
          {isShowingAll
            ? t("assign.showFewer")
            : t("assign.showAll", { count: suggestions.length })}
        </Button>
      ) : null}
    </div>
  );
}
