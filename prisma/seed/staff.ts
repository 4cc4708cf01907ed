import type { MembershipRole } from "@/lib/generated/prisma/enums";

export type OperatorKey = "hkstp" | "cuhk";
export type PartnerKey = "astrazeneca" | "boehringer";

export type StaffSeed = {
  key: string;
  email: string;
  name: string;
  nameZh?: string;
  memberships: { organisation: OperatorKey | PartnerKey; role: MembershipRole; title: string }[];
};

const officer = (title: string) => [
  { organisation: "hkstp" as const, role: "PROGRAMME_OFFICER" as const, title },
];
const hkstpMentor = (title: string) => [
  { organisation: "hkstp" as const, role: "MENTOR" as const, title },
];

/** Operator staff, mentors and partner scientists. Emails are on `.demo` domains. */
export const STAFF: StaffSeed[] = [
  {
    key: "hkstpAdmin",
    email: "admin@hkstp.demo",
    name: "Grace Leung",
    nameZh: "梁嘉欣",
    memberships: [
      { organisation: "hkstp", role: "OPERATOR_ADMIN", title: "Head of Incubation Operations" },
    ],
  },
  {
    key: "officer",
    email: "officer@hkstp.demo",
    name: "Kelvin Chan",
    nameZh: "陳嘉偉",
    memberships: officer("Programme Officer, Incu-Bio"),
  },
  {
    key: "coIncubationOfficer",
    email: "winnie.lau@hkstp.demo",
    name: "Winnie Lau",
    nameZh: "劉詠詩",
    memberships: officer("Programme Manager, Co-incubation"),
  },
  {
    key: "itrOfficer",
    email: "derek.ho@hkstp.demo",
    name: "Derek Ho",
    nameZh: "何振邦",
    memberships: officer("Programme Officer, Institute for Translational Research"),
  },
  {
    key: "finance",
    email: "finance@hkstp.demo",
    name: "Vivian Ng",
    nameZh: "吳慧敏",
    memberships: [
      {
        organisation: "hkstp",
        role: "FINANCE_APPROVER",
        title: "Finance Manager, Incubation Grants",
      },
    ],
  },
  {
    key: "finance2",
    email: "raymond.tse@hkstp.demo",
    name: "Raymond Tse",
    nameZh: "謝永康",
    memberships: [
      { organisation: "hkstp", role: "FINANCE_APPROVER", title: "Senior Accountant, Grants" },
    ],
  },
  {
    key: "mentor",
    email: "mentor@hkstp.demo",
    name: "Dr Samuel Yip",
    nameZh: "葉志誠",
    memberships: hkstpMentor("Mentor, clinical development"),
  },
  {
    key: "eir",
    email: "angela.fung@hkstp.demo",
    name: "Dr Angela Fung",
    nameZh: "馮綺雯",
    memberships: [
      ...hkstpMentor("Entrepreneur-in-residence"),
      { organisation: "cuhk", role: "MENTOR", title: "Visiting mentor" },
    ],
  },
  {
    key: "cmcMentor",
    email: "michael.lo@hkstp.demo",
    name: "Michael Lo",
    nameZh: "盧家樂",
    memberships: hkstpMentor("Mentor, CMC and GMP manufacturing"),
  },
  {
    key: "ipMentor",
    email: "rebecca.wong@hkstp.demo",
    name: "Rebecca Wong",
    nameZh: "黃美玲",
    memberships: hkstpMentor("Mentor, intellectual property"),
  },
  {
    key: "medtechMentor",
    email: "james.hui@hkstp.demo",
    name: "James Hui",
    nameZh: "許德華",
    memberships: hkstpMentor("Mentor, medtech commercialisation"),
  },
  {
    key: "nmpaMentor",
    email: "li.wei@hkstp.demo",
    name: "Dr Li Wei",
    nameZh: "李偉",
    memberships: hkstpMentor("Mentor, NMPA registration and GBA access"),
  },
  {
    key: "clinicalMentor",
    email: "catherine.siu@hkstp.demo",
    name: "Prof Catherine Siu",
    nameZh: "蕭慧儀",
    memberships: hkstpMentor("Mentor, infectious diseases"),
  },
  {
    key: "cuhkAdmin",
    email: "admin@cuhk-incubator.demo",
    name: "Prof Vincent Kwok",
    nameZh: "郭偉強",
    memberships: [{ organisation: "cuhk", role: "OPERATOR_ADMIN", title: "Director" }],
  },
  {
    key: "cuhkOfficer",
    email: "officer@cuhk-incubator.demo",
    name: "Cindy Mak",
    nameZh: "麥善雯",
    memberships: [{ organisation: "cuhk", role: "PROGRAMME_OFFICER", title: "Incubation Manager" }],
  },
  {
    key: "cuhkFinance",
    email: "finance@cuhk-incubator.demo",
    name: "Alice Yung",
    nameZh: "容雅麗",
    memberships: [{ organisation: "cuhk", role: "FINANCE_APPROVER", title: "Finance Officer" }],
  },
  {
    key: "cuhkMentor",
    email: "helen.chow@cuhk-incubator.demo",
    name: "Dr Helen Chow",
    nameZh: "周慧琳",
    memberships: [{ organisation: "cuhk", role: "MENTOR", title: "Mentor, diagnostics" }],
  },
  {
    key: "azPartner",
    email: "partner@astrazeneca.demo",
    name: "Dr Jonathan Lam",
    nameZh: "林俊傑",
    memberships: [
      {
        organisation: "astrazeneca",
        role: "PARTNER_MEMBER",
        title: "Head of External Innovation, Hong Kong",
      },
    ],
  },
  {
    key: "azScientist",
    email: "sophie.chen@astrazeneca.demo",
    name: "Dr Sophie Chen",
    nameZh: "陳思慧",
    memberships: [
      {
        organisation: "astrazeneca",
        role: "PARTNER_MEMBER",
        title: "Senior Scientist, Oncology R&D",
      },
    ],
  },
  {
    key: "biPartner",
    email: "partner@boehringer-ingelheim.demo",
    name: "Dr Matthias Keller",
    memberships: [
      {
        organisation: "boehringer",
        role: "PARTNER_MEMBER",
        title: "Head of External Innovation, Greater China",
      },
    ],
  },
  {
    key: "biScientist",
    email: "mei.tan@boehringer-ingelheim.demo",
    name: "Dr Mei Tan",
    nameZh: "陳美",
    memberships: [
      {
        organisation: "boehringer",
        role: "PARTNER_MEMBER",
        title: "Scientific Liaison, Immunology",
      },
    ],
  },
];
