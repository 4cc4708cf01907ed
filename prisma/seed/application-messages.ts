/** Clarification threads: officer's question, then the applicant's reply when there is one. */
export const CLARIFICATIONS: {
  call: string;
  startup: string;
  /** Days after the application entered SCREENING (or IN_REVIEW when `duringReview`). */
  askedAfterDays: number;
  duringReview?: boolean;
  question: string;
  reply?: string;
}[] = [
  {
    call: "IB27",
    startup: "tsing-yi-ophthalmics",
    askedAfterDays: 1,
    question:
      "Thank you for your application. The incorporation date in the form differs from the Business Registration certificate in your pitch deck appendix. Could you confirm the correct date and upload the certificate?",
    reply:
      "Apologies for the confusion: the company changed its name in 2021, and the certificate in the deck is the re-issued one. The date in the form is the original incorporation date. I have uploaded both certificates.",
  },
  {
    call: "IB27",
    startup: "nam-cheong-hearing",
    askedAfterDays: 2,
    question:
      "Please confirm that Nam Cheong Hearing Tech Limited is now incorporated in Hong Kong and give its BR number. Your spring application came from the BVI holding company.",
  },
  {
    call: "IB26",
    startup: "lingnan-herbal",
    askedAfterDays: 3,
    duringReview: true,
    question:
      "The panel asks for the Phase I safety tables (adverse events by dose cohort) before scoring. Could you upload them by Friday?",
    reply:
      "Uploaded the safety tables from the clinical study report: no serious adverse events; two grade 1 rashes in the high-dose cohort, both resolved without treatment.",
  },
  {
    call: "AZ27",
    startup: "orchid-digital-tx",
    askedAfterDays: 2,
    duringReview: true,
    question:
      "How will patient data from the trial be handled under the Personal Data (Privacy) Ordinance, and will any of it leave Hong Kong?",
    reply:
      "All identifiable data stays on servers in Hong Kong. A partner would only ever receive aggregated, de-identified outcomes, and only under a data-sharing consent we give in Incubase.",
  },
  {
    call: "BI27",
    startup: "sunrise-allergy",
    askedAfterDays: 1,
    question:
      "Your lead product is a diagnostic, while this programme looks for therapeutics and vaccines in infectious diseases and immunology. How does ShellfishID fit?",
    reply:
      "ShellfishID stratifies patients for allergen immunotherapy trials, so we see it as a companion diagnostic in immunology. Happy to present the data to the partner's immunology team.",
  },
];
