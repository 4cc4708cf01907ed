"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ChoiceChips } from "@/components/cohort/choice-chips";
import { languageOptions, topicOptions } from "@/components/cohort/choices";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { updateSupportPlan } from "@/lib/actions/enrolments/update-support-plan";
import type { CoachingTopic } from "@/lib/generated/prisma/enums";

/** The officer edits what the start-up wants coaching on and its working languages. */
export function SupportPlanForm({
  organisation,
  enrolmentId,
  supportNeeds,
  workingLanguages,
}: {
  organisation: string;
  enrolmentId: string;
  supportNeeds: CoachingTopic[];
  workingLanguages: string[];
}) {
  const router = useRouter();
  const [needs, setNeeds] = useState<CoachingTopic[]>(supportNeeds);
  const [languages, setLanguages] = useState<string[]>(workingLanguages);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { executeAsync, isPending } = useAction(updateSupportPlan);

  async function save() {
    setMessage(null);
    try {
      const result = await executeAsync({
        organisation,
        enrolmentId,
        supportNeeds: needs,
        workingLanguages: languages,
      });
      if (!result.data) {
        return setMessage({ tone: "error", text: describeActionError(result) ?? "" });
      }
      setMessage({ tone: "success", text: "Support plan saved; suggestions are re-ranked." });
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: UNREACHABLE_MESSAGE });
    }
  }

  return (
    <div className="space-y-4">
      <ChoiceChips
        idPrefix="plan-needs"
        legend="Coaching needs"
        options={topicOptions}
        value={needs}
        onChange={setNeeds}
      />
      <ChoiceChips
        idPrefix="plan-languages"
        legend="Working languages"
        options={languageOptions}
        value={languages}
        onChange={setLanguages}
      />
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <Button variant="secondary" size="sm" onClick={save} disabled={isPending}>
        {isPending ? "Saving…" : "Save support plan"}
      </Button>
    </div>
  );
}
