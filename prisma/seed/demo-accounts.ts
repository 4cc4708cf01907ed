/** The one password of every demo account (never used outside demo and test databases). */
export const DEMO_PASSWORD = "Incubase-demo-2026";

export type DemoPersona =
  "platform-admin" | "operator-admin" | "officer" | "finance" | "mentor" | "partner" | "founder";

export type DemoAccount = {
  persona: DemoPersona;
  role: string;
  email: string;
  name: string;
  /** Where sign-in lands and what is worth looking at there. */
  lands: string;
  /** The h1 of that landing page (end-to-end tests look for it). */
  homeHeading: string;
};

/** One sign-in per role, each with data worth looking at. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    persona: "platform-admin",
    role: "Platform admin",
    email: "platform@incubase.demo",
    name: "Olivia Tam",
    lands: "/platform: the two operator tenants (HKSTP, CUHK Biotech Incubator)",
    homeHeading: "Platform administration",
  },
  {
    persona: "operator-admin",
    role: "Operator admin (HKSTP)",
    email: "admin@hkstp.demo",
    name: "Grace Leung",
    lands: "/hkstp: members and roles, partners, a pending invitation, recent activity",
    homeHeading: "Organisation administration",
  },
  {
    persona: "officer",
    role: "Programme officer (HKSTP)",
    email: "officer@hkstp.demo",
    name: "Kelvin Chan",
    lands: "/hkstp: applications in Submitted, Screening and In review; evidence to assess",
    homeHeading: "Programme overview",
  },
  {
    persona: "finance",
    role: "Finance approver (HKSTP)",
    email: "finance@hkstp.demo",
    name: "Vivian Ng",
    lands: "/hkstp: tranches approved by officers, waiting for the second signature",
    homeHeading: "Finance approvals",
  },
  {
    persona: "mentor",
    role: "Mentor (HKSTP)",
    email: "mentor@hkstp.demo",
    name: "Dr Samuel Yip",
    lands: "/hkstp: three assigned start-ups, upcoming sessions, open action items",
    homeHeading: "My start-ups",
  },
  {
    persona: "partner",
    role: "Partner (AstraZeneca)",
    email: "partner@astrazeneca.demo",
    name: "Dr Jonathan Lam",
    lands: "/astrazeneca: the co-incubation cohort and what each start-up shares",
    homeHeading: "Co-incubation cohort",
  },
  {
    persona: "founder",
    role: "Start-up founder",
    email: "founder@pokfulamcell.demo",
    name: "Dr Chloe Wong",
    lands: "/pokfulam-cell: Incu-Bio enrolment, milestones, grant tranches, a draft application",
    homeHeading: "Pok Fu Lam Cell Therapeutics",
  },
];
