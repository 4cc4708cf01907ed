import type { FocusArea } from "@/lib/generated/prisma/enums";
import { INFECTION_AND_IMMUNITY_STARTUPS } from "./startups-infection-immunity";
import { MEDTECH_STARTUPS } from "./startups-medtech";
import { ONCOLOGY_AND_CELL_THERAPY_STARTUPS } from "./startups-oncology";

/** Which milestone pathway a start-up follows (see milestone-pathways.ts). */
export type Pathway = "THERAPEUTIC" | "CELL_GENE" | "DEVICE" | "DIAGNOSTIC" | "DIGITAL" | "TCM";

export type PersonSeed = { name: string; nameZh: string; title: string; email?: string };

export type StartupSeed = {
  slug: string;
  domain: string;
  name: string;
  nameZh: string;
  foundedYear: number;
  headcount: number;
  focusAreas: FocusArea[];
  leadAsset: string;
  pipelineStage: string;
  pipelineSummary: string;
  universityOrigin: string;
  pathway: Pathway;
  founder: PersonSeed;
  cofounder: PersonSeed;
};

/** About thirty fictional Hong Kong start-ups; the first is the demo founder's company. */
export const STARTUPS: StartupSeed[] = [
  ...ONCOLOGY_AND_CELL_THERAPY_STARTUPS,
  ...INFECTION_AND_IMMUNITY_STARTUPS,
  ...MEDTECH_STARTUPS,
];

/** The demo founder's start-up. */
export const DEMO_STARTUP_SLUG = "pokfulam-cell";

/** A person's demo email: the given one, or "given.family@<domain>" from the English name. */
export function emailOf(person: PersonSeed, domain: string): string {
  if (person.email) return person.email;
  const handle = person.name
    .replace(/^(Dr|Prof) /, "")
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/ +/g, ".");
  return `${handle}@${domain}`;
}
