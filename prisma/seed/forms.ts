import { focusAreaLabels } from "@/lib/domain/focus-areas";
import type { FocusArea } from "@/lib/generated/prisma/enums";

// Application form definitions (ApplicationForm.definition). Answer values by type:
// shortText/longText string, yesNo boolean, date "YYYY-MM-DD", number number, currency
// integer HKD cents, singleChoice string, multipleChoice string[], file string[] (attachment
// ids), teamMembers [{ name, role, email, isFullTime }].

export const DEVELOPMENT_STAGES = [
  "Discovery",
  "Preclinical",
  "IND-enabling",
  "Phase I",
  "Phase II",
  "Clinical validation",
  "Market ready",
] as const;

export const IP_STATUSES = [
  { value: "GRANTED", label: "Granted patent(s)" },
  { value: "PCT_FILED", label: "PCT application filed" },
  { value: "PROVISIONAL", label: "Provisional application filed" },
  { value: "LICENSED", label: "Exclusive licence from a university" },
  { value: "NONE", label: "No filing yet (trade secret or know-how)" },
] as const;

const UNIVERSITIES = ["HKU", "CUHK", "HKUST", "PolyU", "CityU", "HKBU", "Other", "None"] as const;

const choices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** The form of one call. Co-incubation calls add a question about the partner. */
export function buildFormDefinition(options: {
  programmeName: string;
  focusAreas: FocusArea[];
  fundingCapCents: bigint;
  partnerName?: string;
}) {
  const fitQuestions = [
    {
      key: "programme_fit",
      type: "longText",
      label: `Why the ${options.programmeName}?`,
      helpText:
        "Which benefits you need most and what you will achieve with them in the first year.",
      required: true,
      maxLength: 1500,
    },
    ...(options.partnerName
      ? [
          {
            key: "partner_collaboration",
            type: "longText",
            label: `What would you like to work on with ${options.partnerName}?`,
            helpText: "Shared with the partner only if you are shortlisted.",
            required: false,
            maxLength: 1500,
          },
        ]
      : []),
  ];
  return {
    sections: [
      {
        key: "company",
        title: "Company",
        titleZh: "公司資料",
        questions: [
          {
            key: "company_name",
            type: "shortText",
            label: "Registered company name",
            required: true,
            maxLength: 120,
          },
          {
            key: "hk_company",
            type: "yesNo",
            label: "Is the company incorporated in Hong Kong?",
            helpText: "Incorporated under the Companies Ordinance (Cap. 622).",
            required: true,
          },
          {
            key: "br_number",
            type: "shortText",
            label: "Business Registration number",
            helpText: "The 8-digit number on the Business Registration Certificate.",
            required: true,
            maxLength: 8,
            showIf: { questionKey: "hk_company", equals: true },
          },
          {
            key: "incorporation_date",
            type: "date",
            label: "Date of incorporation",
            required: true,
          },
          {
            key: "university_origin",
            type: "singleChoice",
            label: "University the technology comes from",
            required: true,
            options: choices(UNIVERSITIES),
          },
          {
            key: "headcount",
            type: "number",
            label: "Full-time staff",
            required: true,
            min: 1,
            max: 500,
            integer: true,
          },
        ],
      },
      {
        key: "technology",
        title: "Technology and pipeline",
        titleZh: "技術及產品管線",
        questions: [
          {
            key: "focus_areas",
            type: "multipleChoice",
            label: "Focus areas",
            required: true,
            minSelected: 1,
            options: options.focusAreas.map((area) => ({
              value: area,
              label: focusAreaLabels[area],
            })),
          },
          {
            key: "lead_asset",
            type: "shortText",
            label: "Lead asset or product",
            required: true,
            maxLength: 200,
          },
          {
            key: "development_stage",
            type: "singleChoice",
            label: "Stage of the lead asset",
            required: true,
            options: choices(DEVELOPMENT_STAGES),
          },
          {
            key: "technology_summary",
            type: "longText",
            label: "Technology summary",
            helpText: "The unmet need, how your technology addresses it and the key data so far.",
            required: true,
            maxLength: 3000,
          },
          {
            key: "has_clinical_data",
            type: "yesNo",
            label: "Do you have data from human subjects?",
            required: true,
          },
          {
            key: "clinical_data_summary",
            type: "longText",
            label: "Summary of the clinical data",
            helpText: "Study design, number of subjects, sites and main results.",
            required: true,
            maxLength: 2000,
            showIf: { questionKey: "has_clinical_data", equals: true },
          },
        ],
      },
      {
        key: "ip",
        title: "Intellectual property",
        titleZh: "知識產權",
        questions: [
          {
            key: "ip_status",
            type: "singleChoice",
            label: "Patent position",
            required: true,
            options: [...IP_STATUSES],
          },
          {
            key: "ip_summary",
            type: "file",
            label: "IP summary",
            helpText: "Filings, ownership and freedom-to-operate notes. PDF, at most 10 MB.",
            required: true,
            attachmentKind: "IP_SUMMARY",
            accept: ["application/pdf"],
            maxSizeMb: 10,
          },
        ],
      },
      {
        key: "team",
        title: "Team",
        titleZh: "團隊",
        questions: [
          {
            key: "team_members",
            type: "teamMembers",
            label: "Founders and key staff",
            helpText: "Mark who works full time for the company.",
            required: true,
            minItems: 1,
            maxItems: 10,
          },
        ],
      },
      {
        key: "funding",
        title: "Funding and milestones",
        titleZh: "資金及里程碑",
        questions: [
          {
            key: "funding_requested",
            type: "currency",
            currency: "HKD",
            label: "Funding requested from the programme",
            required: true,
            min: 0,
            maxCents: Number(options.fundingCapCents),
          },
          {
            key: "funding_raised",
            type: "currency",
            currency: "HKD",
            label: "Funding raised to date",
            required: false,
            min: 0,
          },
          {
            key: "milestone_plan",
            type: "longText",
            label: "Milestones for the programme term",
            helpText: "For example: pre-IND meeting, IND filing, first patient dosed, Series A.",
            required: true,
            maxLength: 2500,
          },
          {
            key: "pitch_deck",
            type: "file",
            label: "Pitch deck",
            required: true,
            attachmentKind: "PITCH_DECK",
            accept: [
              "application/pdf",
              "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            ],
            maxSizeMb: 25,
          },
        ],
      },
      {
        key: "fit",
        title: "Fit with the programme",
        titleZh: "與計劃的契合度",
        questions: fitQuestions,
      },
    ],
  };
}
