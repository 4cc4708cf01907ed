import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { CO_INCUBATION_APPLICATION_PLANS } from "./application-plan-co-incubation";
import type { CallKey } from "./calls";

export type ApplicationPlan = {
  call: CallKey;
  startup: string;
  status: ApplicationStatus;
  /** REJECTED or WITHDRAWN: the status it left. */
  from?: "SUBMITTED" | "SCREENING" | "IN_REVIEW" | "SHORTLISTED";
  projectTitle: string;
  /** Mean review score the panel gives (1–5); drives scores and recommendations. */
  quality: number;
  /** Why it was rejected or withdrawn (status history and decision). */
  reason?: string;
};

// Who applied where. Closed 2026 calls are decided; open calls (closing January 2027)
// are being screened and reviewed as applications arrive. A start-up may apply to
// several programmes and to both operators.
export const APPLICATION_PLANS: ApplicationPlan[] = [
  ...CO_INCUBATION_APPLICATION_PLANS,
  // Incu-Bio, Spring 2026 (closed 31 Mar 2026; decided May 2026)
  {
    call: "IB26",
    startup: "pokfulam-cell",
    status: "ACCEPTED",
    quality: 4.5,
    projectTitle: "PFL-201 CAR-NK: GMP process transfer and IND-enabling studies",
  },
  {
    call: "IB26",
    startup: "victoria-peak-dx",
    status: "ACCEPTED",
    quality: 4.3,
    projectTitle: "NasoSeq NMPA registration and Greater Bay Area roll-out",
  },
  {
    call: "IB26",
    startup: "lingnan-herbal",
    status: "ACCEPTED",
    quality: 3.9,
    projectTitle: "LH-03 Phase IIa in moderate atopic dermatitis",
  },
  {
    call: "IB26",
    startup: "wan-chai-ortho",
    status: "ACCEPTED",
    quality: 3.8,
    projectTitle: "MgFix first-in-human study and MDACS listing",
  },
  {
    call: "IB26",
    startup: "harbourview-ai",
    status: "ACCEPTED",
    quality: 4.0,
    projectTitle: "NoduleSense hospital deployment and NMPA Class III file",
  },
  {
    call: "IB26",
    startup: "nathan-road-digital",
    status: "REJECTED",
    from: "IN_REVIEW",
    quality: 2.9,
    projectTitle: "RenalPath expansion to public primary care",
    reason: "Panel ranked below the intake line: validation limited to private clinics.",
  },
  {
    call: "IB26",
    startup: "orchid-digital-tx",
    status: "REJECTED",
    from: "SHORTLISTED",
    quality: 3.4,
    projectTitle: "GlucoCoach randomised controlled trial",
    reason: "Shortlisted; not selected after the panel interview.",
  },
  {
    call: "IB26",
    startup: "nam-cheong-hearing",
    status: "REJECTED",
    from: "SCREENING",
    quality: 3.0,
    projectTitle: "CantoClear production tooling",
    reason: "Ineligible: the applicant company was not incorporated in Hong Kong at submission.",
  },
  {
    call: "IB26",
    startup: "kai-tak-sleep",
    status: "WITHDRAWN",
    from: "IN_REVIEW",
    quality: 3.5,
    projectTitle: "SomnoPatch clinical validation",
    reason: "Accepted into another incubation programme; withdrawing to avoid double funding.",
  },
  {
    call: "IB26",
    startup: "tai-po-biofab",
    status: "REJECTED",
    from: "IN_REVIEW",
    quality: 2.7,
    projectTitle: "CellForge beta units",
    reason: "Panel ranked below the intake line: no hospital partner committed yet.",
  },
  // Incu-Bio, 2027 intake (open until 31 Jan 2027)
  {
    call: "IB27",
    startup: "kowloon-neurotech",
    status: "SUBMITTED",
    quality: 3.6,
    projectTitle: "StrideCue pivotal study and MDACS Class II listing",
  },
  {
    call: "IB27",
    startup: "pearl-river-gene",
    status: "SUBMITTED",
    quality: 3.7,
    projectTitle: "PR-AAV-01 candidate selection and GLP toxicology",
  },
  {
    call: "IB27",
    startup: "tsing-yi-ophthalmics",
    status: "SCREENING",
    quality: 3.8,
    projectTitle: "MyoTrack home monitoring study",
  },
  {
    call: "IB27",
    startup: "nam-cheong-hearing",
    status: "SCREENING",
    quality: 3.3,
    projectTitle: "CantoClear launch in Hong Kong pharmacies",
  },
  {
    call: "IB27",
    startup: "tai-po-biofab",
    status: "IN_REVIEW",
    quality: 3.5,
    projectTitle: "CellForge beta units with Prince of Wales Hospital",
  },
  {
    call: "IB27",
    startup: "lantau-robotics",
    status: "IN_REVIEW",
    quality: 4.1,
    projectTitle: "LSR-Flex first-in-human transoral surgery",
  },
  {
    call: "IB27",
    startup: "kai-tak-sleep",
    status: "DRAFT",
    quality: 3.5,
    projectTitle: "SomnoPatch market launch",
  },
  // CUHK Translational Biotech Seed Programme
  {
    call: "CU26",
    startup: "victoria-peak-dx",
    status: "ACCEPTED",
    quality: 4.2,
    projectTitle: "NasoSeq low-cost screening kit",
  },
  {
    call: "CU26",
    startup: "tsing-yi-ophthalmics",
    status: "ACCEPTED",
    quality: 3.9,
    projectTitle: "MyoTrack agreement study",
  },
  {
    call: "CU26",
    startup: "sunrise-allergy",
    status: "REJECTED",
    from: "IN_REVIEW",
    quality: 2.9,
    projectTitle: "ShellfishID analytical validation",
    reason: "Promising, but the validation plan needs a clinical partner first.",
  },
  {
    call: "CU26",
    startup: "pearl-river-gene",
    status: "WITHDRAWN",
    from: "SUBMITTED",
    quality: 3.3,
    projectTitle: "PR-AAV-01 capsid work",
    reason: "Founders deferred to the next round to finish the mouse study.",
  },
  {
    call: "CU27",
    startup: "pearl-river-gene",
    status: "SUBMITTED",
    quality: 3.7,
    projectTitle: "PR-AAV-01 proof of concept in ATP7B-knockout mice",
  },
  {
    call: "CU27",
    startup: "lantau-robotics",
    status: "IN_REVIEW",
    quality: 4.0,
    projectTitle: "LSR-Flex cadaver-to-clinic bridge",
  },
  {
    call: "CU27",
    startup: "aberdeen-microbiome",
    status: "DRAFT",
    quality: 3.3,
    projectTitle: "AMT-3 donor bank",
  },
];

/** The statuses an application passed through, oldest first, ending at its current one. */
export function statusPath(plan: ApplicationPlan): ApplicationStatus[] {
  const forward: ApplicationStatus[] = [
    "DRAFT",
    "SUBMITTED",
    "SCREENING",
    "IN_REVIEW",
    "SHORTLISTED",
    "ACCEPTED",
  ];
  if (plan.status === "REJECTED" || plan.status === "WITHDRAWN") {
    const from = plan.from ?? "SUBMITTED";
    return [...forward.slice(0, forward.indexOf(from) + 1), plan.status];
  }
  return forward.slice(0, forward.indexOf(plan.status) + 1);
}
