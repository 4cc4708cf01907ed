import type {
  ActionItemOwnerSide,
  CoachingMode,
  CoachingTopic,
} from "@/lib/generated/prisma/enums";

export const coachingTopicLabels: Record<CoachingTopic, string> = {
  COMMERCIALISATION: "Commercialisation",
  MANUFACTURING: "Manufacturing",
  SCALE_UP: "Scale-up",
  MARKETING_STRATEGY: "Marketing strategy",
  REGULATORY: "Regulatory",
  CLINICAL: "Clinical",
  FUNDRAISING: "Fundraising",
  IP: "IP",
};

export const coachingModeLabels: Record<CoachingMode, string> = {
  IN_PERSON: "In person",
  VIDEO: "Video call",
  PHONE: "Phone",
};

export const actionItemOwnerSideLabels: Record<ActionItemOwnerSide, string> = {
  STARTUP: "Start-up",
  MENTOR: "Mentor",
  OPERATOR: "Operator",
};
