import type { ConsentCategory } from "@/lib/generated/prisma/enums";

/** What each consent category shares, in the start-up's words. */
export const consentCategoryText: Record<ConsentCategory, { label: string; detail: string }> = {
  MILESTONES: {
    label: "Milestones",
    detail:
      "Your milestone plan: titles, due dates and progress. Not your evidence notes or the programme team's comments.",
  },
  COACHING_SUMMARIES: {
    label: "Coaching summaries",
    detail:
      "The notes your mentors share with you after each session. Never the programme team's private notes or assessments.",
  },
  DOCUMENTS: {
    label: "Documents",
    detail:
      "The files of your application to this programme and those attached to your milestone evidence. You see below each time the partner opens one.",
  },
};
