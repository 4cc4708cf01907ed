import type { ProgrammeKind } from "@/lib/generated/prisma/enums";

export const programmeKindLabels: Record<ProgrammeKind, string> = {
  INCUBATION: "Incubation",
  CO_INCUBATION: "Co-incubation",
  ACCELERATOR: "Accelerator",
};
