"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
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
  const router = useRouter();
  const [isShowingAll, setIsShowingAll] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const { executeAsync } = useAction(assignMentor);
  const shown = isShowingAll ? suggestions : suggestions.slice(0, limit);

  async function assign(suggestion: SuggestionView) {
    setMessage(null);
    setPendingId(suggestion.userId);
    try {
      const result = await executeAsync({ organisation, enrolmentId, mentorId: suggestion.userId });
      if (!result.data) {
        setMessage({ tone: "error", text: describeActionError(result) ?? "" });
      } else {
        setMessage({ tone: "success", text: `${suggestion.name} is assigned and has been told.` });
        router.refresh();
      }
    } catch {
      setMessage({ tone: "error", text: UNREACHABLE_MESSAGE });
    } finally {
      setPendingId(null);
    }
  }

  return (
    <div className="space-y-3">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <ol className="divide-y divide-ink-100 rounded-md border border-ink-200">
        {shown.map((suggestion, index) => (
          <li key={suggestion.userId} className="flex flex-wrap items-start gap-3 px-3 py-3">
            <span
              className={`mt-0.5 inline-flex h-9 w-11 shrink-0 items-center justify-center rounded-md text-sm font-semibold tabular-nums ${suggestion.isFull ? "bg-ink-100 text-ink-500" : index === 0 ? "bg-brand-700 text-white" : "bg-brand-50 text-brand-800"}`}
              title="Fit score out of 100"
            >
              {suggestion.score}
            </span>
            <div className="min-w-0 flex-1">
              <p className="font-medium text-ink-900">
                {suggestion.name}{" "}
                {suggestion.isEntrepreneurInResidence ? <Badge tone="info">EIR</Badge> : null}
                {suggestion.isFull ? <Badge tone="muted">Full</Badge> : null}
              </p>
              {suggestion.headline ? (
                <p className="text-xs text-ink-500">{suggestion.headline}</p>
              ) : !suggestion.hasProfile ? (
                <p className="text-xs text-amber-700">No mentor profile yet</p>
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
              aria-label={`Assign ${suggestion.name}`}
            >
              {pendingId === suggestion.userId ? "Assigning…" : "Assign"}
            </Button>
          </li>
        ))}
      </ol>
      {suggestions.length > limit ? (
        <Button variant="ghost" size="sm" onClick={() => setIsShowingAll(!isShowingAll)}>
          {isShowingAll ? "Show fewer" : `Show all ${suggestions.length} mentors`}
        </Button>
      ) : null}
    </div>
  );
}
