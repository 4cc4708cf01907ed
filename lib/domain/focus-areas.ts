import type { FocusArea } from "@/lib/generated/prisma/enums";

/** How each therapeutic / technology focus area is written in the app. */
export const focusAreaLabels: Record<FocusArea, string> = {
  INFECTIOUS_DISEASE: "Infectious disease",
  IMMUNOLOGY: "Immunology",
  ONCOLOGY: "Oncology",
  MEDICAL_DEVICES: "Medical devices",
  DIAGNOSTICS: "Diagnostics",
  CELL_GENE_THERAPY: "Cell & gene therapy",
  DIGITAL_HEALTH: "Digital health",
  TCM_MODERNISATION: "TCM modernisation",
};
