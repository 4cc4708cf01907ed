import type { MilestoneCategory } from "@/lib/generated/prisma/enums";
import type { Pathway } from "./startups";

export type TemplateKey =
  | "PRE_IND_MEETING"
  | "IND_FILING_FDA"
  | "CTA_FILING_EMA"
  | "IND_FILING_NMPA"
  | "FIRST_PATIENT_DOSED"
  | "GMP_BATCH_RELEASE"
  | "GBA_URGENT_CLINICAL_USE"
  | "SERIES_A"
  | "HKEX_18A_LISTING";

/** Platform-wide milestone templates (organisationId null). */
export const MILESTONE_TEMPLATES: {
  key: TemplateKey;
  category: MilestoneCategory;
  title: string;
  titleZh: string;
  description: string;
  defaultOffsetDays: number;
  requiresMentorSignOff?: boolean;
}[] = [
  {
    key: "PRE_IND_MEETING",
    category: "REGULATORY",
    title: "Pre-IND meeting held",
    titleZh: "完成新藥臨床試驗申請前會議",
    description:
      "Type B pre-IND meeting with the US FDA (or the equivalent with NMPA); minutes received.",
    defaultOffsetDays: 180,
    requiresMentorSignOff: true,
  },
  {
    key: "IND_FILING_FDA",
    category: "REGULATORY",
    title: "IND filed with the US FDA",
    titleZh: "向美國食品藥品監督管理局提交新藥臨床試驗申請",
    description: "Investigational New Drug application submitted; 30-day review clock started.",
    defaultOffsetDays: 540,
  },
  {
    key: "CTA_FILING_EMA",
    category: "REGULATORY",
    title: "Clinical trial application filed in the EU",
    titleZh: "向歐盟提交臨床試驗申請",
    description: "CTA submitted through CTIS under the EU Clinical Trials Regulation.",
    defaultOffsetDays: 600,
  },
  {
    key: "IND_FILING_NMPA",
    category: "REGULATORY",
    title: "IND filed with the NMPA",
    titleZh: "向國家藥品監督管理局提交臨床試驗申請",
    description:
      "Clinical trial application accepted by China's National Medical Products Administration (60-working-day implied approval).",
    defaultOffsetDays: 600,
  },
  {
    key: "FIRST_PATIENT_DOSED",
    category: "CLINICAL",
    title: "First patient dosed",
    titleZh: "首位患者給藥",
    description:
      "First subject dosed in the first-in-human study, e.g. at an NMPA-accredited Hong Kong site.",
    defaultOffsetDays: 720,
  },
  {
    key: "GMP_BATCH_RELEASE",
    category: "MANUFACTURING_GMP",
    title: "First GMP batch released",
    titleZh: "首批GMP批次放行",
    description: "Clinical batch released by the Qualified Person against specification.",
    defaultOffsetDays: 450,
  },
  {
    key: "GBA_URGENT_CLINICAL_USE",
    category: "REGULATORY",
    title: "Approved for urgent clinical use in the Greater Bay Area",
    titleZh: "獲批於大灣區指定醫療機構使用",
    description:
      "Hong Kong-registered drug or device approved for designated GBA institutions such as the University of Hong Kong-Shenzhen Hospital.",
    defaultOffsetDays: 900,
  },
  {
    key: "SERIES_A",
    category: "FUNDRAISING",
    title: "Series A closed",
    titleZh: "完成A輪融資",
    description: "Priced equity round closed and funds received.",
    defaultOffsetDays: 730,
  },
  {
    key: "HKEX_18A_LISTING",
    category: "FUNDRAISING",
    title: "Listed on HKEX under Chapter 18A",
    titleZh: "根據《上市規則》第18A章於港交所上市",
    description: "Pre-revenue biotech listing on the Main Board of the Hong Kong Stock Exchange.",
    defaultOffsetDays: 1460,
  },
];

export type PathwayStep = {
  template?: TemplateKey;
  category?: MilestoneCategory;
  title?: string;
  offsetDays: number;
};

/** The milestone plan each kind of start-up agrees at enrolment (days after the start). */
export const PATHWAYS: Record<Pathway, PathwayStep[]> = {
  THERAPEUTIC: [
    { category: "RESEARCH", title: "Development candidate nominated", offsetDays: 90 },
    { category: "PRECLINICAL", title: "GLP toxicology studies completed", offsetDays: 240 },
    { template: "PRE_IND_MEETING", offsetDays: 150 },
    { template: "GMP_BATCH_RELEASE", offsetDays: 420 },
    { template: "IND_FILING_FDA", offsetDays: 540 },
    { template: "FIRST_PATIENT_DOSED", offsetDays: 720 },
    { template: "SERIES_A", offsetDays: 800 },
  ],
  CELL_GENE: [
    { category: "RESEARCH", title: "Lead construct selected", offsetDays: 80 },
    {
      category: "PRECLINICAL",
      title: "GLP toxicology and biodistribution study completed",
      offsetDays: 135,
    },
    { template: "PRE_IND_MEETING", offsetDays: 150 },
    {
      template: "GMP_BATCH_RELEASE",
      title: "GMP engineering run at HKSTP GMP Facilities (Cell Processing)",
      offsetDays: 170,
    },
    { template: "IND_FILING_FDA", offsetDays: 400 },
    { template: "SERIES_A", offsetDays: 480 },
    {
      template: "FIRST_PATIENT_DOSED",
      title: "First patient dosed at Queen Mary Hospital (Phase I)",
      offsetDays: 600,
    },
  ],
  DEVICE: [
    { category: "RESEARCH", title: "Design freeze", offsetDays: 90 },
    { category: "MANUFACTURING_GMP", title: "ISO 13485 quality system certified", offsetDays: 200 },
    {
      category: "CLINICAL",
      title: "First-in-human clinical investigation started",
      offsetDays: 330,
    },
    {
      category: "REGULATORY",
      title: "Listed under the Medical Device Administrative Control System (MDACS)",
      offsetDays: 420,
    },
    { template: "GBA_URGENT_CLINICAL_USE", offsetDays: 600 },
    { template: "SERIES_A", offsetDays: 700 },
  ],
  DIAGNOSTIC: [
    { category: "RESEARCH", title: "Analytical validation report signed off", offsetDays: 90 },
    { category: "CLINICAL", title: "Prospective clinical validation completed", offsetDays: 160 },
    { category: "REGULATORY", title: "NMPA registration dossier submitted", offsetDays: 360 },
    { category: "COMMERCIAL", title: "First hospital supply contract signed", offsetDays: 450 },
    { template: "GBA_URGENT_CLINICAL_USE", offsetDays: 540 },
    { template: "SERIES_A", offsetDays: 720 },
  ],
  DIGITAL: [
    { category: "COMMERCIAL", title: "Hospital pilot live", offsetDays: 90 },
    {
      category: "REGULATORY",
      title: "Software-as-a-medical-device classification confirmed",
      offsetDays: 150,
    },
    { category: "CLINICAL", title: "Randomised evaluation completed", offsetDays: 300 },
    { category: "COMMERCIAL", title: "Five paying clinics or hospitals", offsetDays: 400 },
    { template: "SERIES_A", offsetDays: 600 },
  ],
  TCM: [
    {
      template: "GMP_BATCH_RELEASE",
      title: "GMP batch of the standardised extract released",
      offsetDays: 120,
    },
    {
      template: "FIRST_PATIENT_DOSED",
      title: "First patient dosed in the Phase IIa study",
      offsetDays: 160,
    },
    {
      category: "REGULATORY",
      title: "Proprietary Chinese medicine registration filed in Hong Kong",
      offsetDays: 360,
    },
    { template: "GBA_URGENT_CLINICAL_USE", offsetDays: 600 },
    { template: "SERIES_A", offsetDays: 700 },
  ],
};
