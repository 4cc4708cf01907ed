import type { CoachingTopic, FocusArea } from "@/lib/generated/prisma/enums";
import type { OperatorKey } from "./staff";

export type MentorSeed = {
  userKey: string;
  organisation: OperatorKey;
  headline: string;
  bio: string;
  expertise: CoachingTopic[];
  therapeuticAreas: FocusArea[];
  languages: string[];
  capacity: number;
  isEntrepreneurInResidence?: boolean;
};

/** Mentor profiles: one per operator pool a mentor belongs to. */
export const MENTORS: MentorSeed[] = [
  {
    userKey: "mentor",
    organisation: "hkstp",
    headline: "Former VP Clinical Development, oncology and cell therapy",
    bio: "Twenty years running early-phase oncology trials in Hong Kong, Shanghai and Boston; took three assets from pre-IND to Phase II.",
    expertise: ["REGULATORY", "CLINICAL", "COMMERCIALISATION"],
    therapeuticAreas: ["ONCOLOGY", "CELL_GENE_THERAPY", "IMMUNOLOGY", "INFECTIOUS_DISEASE"],
    languages: ["en", "yue", "cmn"],
    capacity: 4,
  },
  {
    userKey: "eir",
    organisation: "hkstp",
    headline: "Entrepreneur-in-residence; co-founded a Chapter 18A-listed biotech",
    bio: "Co-founded and listed a cell-therapy company on HKEX under Chapter 18A; now helps founders with fundraising and board building.",
    expertise: ["FUNDRAISING", "COMMERCIALISATION", "MARKETING_STRATEGY"],
    therapeuticAreas: ["ONCOLOGY", "CELL_GENE_THERAPY", "DIAGNOSTICS"],
    languages: ["en", "yue", "cmn"],
    capacity: 5,
    isEntrepreneurInResidence: true,
  },
  {
    userKey: "eir",
    organisation: "cuhk",
    headline: "Visiting mentor for fundraising",
    bio: "Mentors CUHK spin-outs preparing their first institutional round.",
    expertise: ["FUNDRAISING"],
    therapeuticAreas: ["DIAGNOSTICS", "MEDICAL_DEVICES"],
    languages: ["en", "yue"],
    capacity: 2,
  },
  {
    userKey: "cmcMentor",
    organisation: "hkstp",
    headline: "CMC and GMP manufacturing lead",
    bio: "Built two cell-processing GMP suites; former QP for a biologics CDMO in Suzhou.",
    expertise: ["MANUFACTURING", "SCALE_UP", "REGULATORY"],
    therapeuticAreas: ["CELL_GENE_THERAPY", "INFECTIOUS_DISEASE", "IMMUNOLOGY"],
    languages: ["en", "yue"],
    capacity: 3,
  },
  {
    userKey: "ipMentor",
    organisation: "hkstp",
    headline: "Patent attorney, life sciences",
    bio: "Registered patent attorney (US, HK); freedom-to-operate and licensing strategy for university spin-outs.",
    expertise: ["IP", "COMMERCIALISATION"],
    therapeuticAreas: ["ONCOLOGY", "IMMUNOLOGY", "INFECTIOUS_DISEASE", "MEDICAL_DEVICES"],
    languages: ["en", "yue"],
    capacity: 4,
  },
  {
    userKey: "medtechMentor",
    organisation: "hkstp",
    headline: "Medtech commercialisation, former regional GM",
    bio: "Ran Asia-Pacific sales for an orthopaedics multinational; advises on reimbursement, distributors and hospital tenders.",
    expertise: ["MARKETING_STRATEGY", "COMMERCIALISATION", "SCALE_UP"],
    therapeuticAreas: ["MEDICAL_DEVICES", "DIAGNOSTICS", "DIGITAL_HEALTH"],
    languages: ["en", "yue"],
    capacity: 4,
  },
  {
    userKey: "nmpaMentor",
    organisation: "hkstp",
    headline: "NMPA registration and Greater Bay Area market access",
    bio: "Former NMPA reviewer; guides Hong Kong-registered drugs and devices through the GBA urgent-clinical-use route.",
    expertise: ["REGULATORY", "CLINICAL"],
    therapeuticAreas: ["TCM_MODERNISATION", "INFECTIOUS_DISEASE", "DIAGNOSTICS"],
    languages: ["cmn", "en"],
    capacity: 4,
  },
  {
    userKey: "clinicalMentor",
    organisation: "hkstp",
    headline: "Clinical professor of infectious diseases",
    bio: "Principal investigator on vaccine and antimicrobial trials at an NMPA-accredited Hong Kong site.",
    expertise: ["CLINICAL", "REGULATORY"],
    therapeuticAreas: ["INFECTIOUS_DISEASE", "IMMUNOLOGY"],
    languages: ["en", "yue"],
    capacity: 2,
  },
  {
    userKey: "cuhkMentor",
    organisation: "cuhk",
    headline: "Diagnostics development and IVD regulation",
    bio: "Led assay development for two CE-IVD tests; now mentors diagnostics teams at the incubator.",
    expertise: ["REGULATORY", "COMMERCIALISATION"],
    therapeuticAreas: ["DIAGNOSTICS", "MEDICAL_DEVICES"],
    languages: ["en", "yue", "cmn"],
    capacity: 3,
  },
];
