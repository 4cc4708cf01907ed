"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { Button } from "@/components/ui/button";
import { endMentorAssignment } from "@/lib/actions/mentors/end-mentor-assignment";

/** Ends a mentor's assignment after a second click ("Confirm end"), so a slip does nothing. */
export function EndAssignmentButton({
  organisation,
  assignmentId,
  mentorName,
}: {
  organisation: string;
  assignmentId: string;
  mentorName: string;
}) {
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(endMentorAssignment);

  async function end() {
    setError(null);
    try {
      const result = await executeAsync({ organisation, assignmentId });
      if (!result.data) return setError(describeActionError(result));
      router.refresh();
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {isConfirming ? (
        <>
          <Button size="sm" variant="secondary" onClick={end} disabled={isPending}>
            {isPending ? "Ending…" : "Confirm end"}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setIsConfirming(false)}>
            Keep
          </Button>
        </>
      ) : (
        <Button
          size="sm"
          variant="ghost"
          onClick={() => setIsConfirming(true)}
          aria-label={`End ${mentorName}'s assignment`}
        >
          End
        </Button>
      )}
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
