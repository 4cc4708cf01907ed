"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ChoiceChips } from "@/components/cohort/choice-chips";
import { useChoiceOptions } from "@/components/cohort/choices";
import { describeActionError } from "@/components/members/action-error";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
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
  const t = useTranslations("cohortClient");
  const toast = useToast();
  const { topicOptions, languageOptions } = useChoiceOptions();
  const router = useRouter();
  const [needs, setNeeds] = useState<CoachingTopic[]>(supportNeeds);
  const [languages, setLanguages] = useState<string[]>(workingLanguages);
  const { executeAsync, isPending } = useAction(updateSupportPlan);

  async function save() {
    try {
      const result = await executeAsync({
        organisation,
        enrolmentId,
        supportNeeds: needs,
        workingLanguages: languages,
      });
      if (!result.data) {
        toast({
          title: t("plan.failed"),
          description: describeActionError(result) ?? "",
          tone: "error",
        });
        return;
      }
      toast({ title: t("plan.saved"), tone: "success" });
      router.refresh();
    } catch {
      toast({ title: t("plan.failed"), description: t("unreachable"), tone: "error" });
    }
  }

  return (
    <div className="space-y-4">
      <ChoiceChips
        idPrefix="plan-needs"
        legend={t("plan.needs")}
        options={topicOptions}
        value={needs}
        onChange={setNeeds}
      />
      <ChoiceChips
        idPrefix="plan-languages"
        legend={t("plan.languages")}
        options={languageOptions}
        value={languages}
        onChange={setLanguages}
      />
      <Button variant="secondary" size="sm" onClick={save} disabled={isPending}>
        {isPending ? t("saving") : t("plan.save")}
      </Button>
    </div>
  );
}
