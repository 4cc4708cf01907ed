import type { NoteTemplate } from "./coaching-notes";

/** Notes of the IP, medtech, NMPA, clinical and CUHK mentors (see coaching-notes.ts). */
export const SPECIALIST_SESSION_NOTES: Record<string, NoteTemplate[]> = {
  ipMentor: [
    (asset) => ({
      topics: ["IP"],
      shared: `Freedom-to-operate review for ${asset}: two third-party patent families to watch in China; a design-around opinion is recommended before the IND.`,
      private: "The university licence's sublicensing clause could put off pharma partners.",
      rating: 3,
      comment: "IP position workable with some clean-up.",
      actions: [
        {
          description: "Send the university licence agreement for review",
          owner: "STARTUP",
          dueInDays: 7,
        },
        {
          description: "Draft questions for the technology transfer office on sublicensing",
          owner: "MENTOR",
          dueInDays: 14,
        },
      ],
    }),
    () => ({
      topics: ["IP", "COMMERCIALISATION"],
      shared:
        "PCT national-phase plan: US, EU, China, Japan and Korea, budget about HK$420,000 over 18 months.",
      private: "",
      rating: 4,
      comment: "Sensible filing strategy.",
      actions: [
        {
          description: "Confirm national-phase countries with the board",
          owner: "STARTUP",
          dueInDays: 21,
        },
      ],
    }),
  ],
  medtechMentor: [
    (asset) => ({
      topics: ["MARKETING_STRATEGY", "COMMERCIALISATION"],
      shared: `Go-to-market for ${asset}: private hospitals first, Hospital Authority tenders later. Pricing benchmarked against imported products.`,
      private: "Sales plan is optimistic; no one on the team has sold to hospitals before.",
      rating: 3,
      comment: "Commercial plan needs a hospital sales lead.",
      actions: [
        {
          description: "Interview three private-hospital procurement managers",
          owner: "STARTUP",
          dueInDays: 21,
        },
        {
          description: "Introduce a distributor with Hospital Authority tender experience",
          owner: "MENTOR",
          dueInDays: 14,
        },
      ],
    }),
    () => ({
      topics: ["SCALE_UP"],
      shared:
        "Contract manufacturer options in Dongguan and Shenzhen; what belongs in the quality agreement.",
      private: "",
      rating: 4,
      comment: "Manufacturing partner shortlist is solid.",
      actions: [
        {
          description: "Request quotes from two contract manufacturers",
          owner: "STARTUP",
          dueInDays: 30,
        },
      ],
    }),
    () => ({
      topics: ["REGULATORY", "COMMERCIALISATION"],
      shared:
        "Steps to an MDACS listing, and the Greater Bay Area route for devices already used in Hong Kong public hospitals.",
      private: "Regulatory lead is capable; the CEO should delegate more.",
      rating: 4,
      comment: "Regulatory route clear.",
      actions: [
        {
          description: "Prepare the MDACS listing application checklist",
          owner: "STARTUP",
          dueInDays: 28,
        },
      ],
    }),
  ],
  nmpaMentor: [
    () => ({
      topics: ["REGULATORY"],
      shared:
        "NMPA registration pathway: type testing at an accredited Guangdong laboratory, clinical evaluation route and a realistic timeline.",
      private: "Team assumed Hong Kong data alone would do; it will not for this classification.",
      rating: 3,
      comment: "NMPA plan needs rework.",
      actions: [
        {
          description: "Book type testing with an accredited laboratory",
          owner: "STARTUP",
          dueInDays: 30,
        },
      ],
    }),
    () => ({
      topics: ["REGULATORY", "CLINICAL"],
      shared:
        "The GBA urgent-clinical-use route: Hong Kong registration and use in Hong Kong public hospitals come first; the University of Hong Kong-Shenzhen Hospital is the natural first institution.",
      private: "",
      rating: 4,
      comment: "Clear GBA strategy.",
      actions: [
        {
          description: "Contact the University of Hong Kong-Shenzhen Hospital pharmacy committee",
          owner: "STARTUP",
          dueInDays: 21,
        },
        {
          description: "Check the programme's support for GBA registration fees",
          owner: "OPERATOR",
          dueInDays: 14,
        },
      ],
    }),
  ],
  clinicalMentor: [
    (asset) => ({
      topics: ["CLINICAL"],
      shared: `Trial design for ${asset}: endpoint choice, seasonality of respiratory infections in Hong Kong, and working with the public health laboratory.`,
      private: "",
      rating: 4,
      comment: "Clinical plan credible.",
      actions: [
        {
          description: "Draft the clinical development plan to end of Phase II",
          owner: "STARTUP",
          dueInDays: 30,
        },
      ],
    }),
    () => ({
      topics: ["CLINICAL", "REGULATORY"],
      shared:
        "Ethics approval timelines with the hospital cluster review boards and options for a human challenge study.",
      private: "Timeline assumes ethics approval in six weeks; twelve is more realistic.",
      rating: 3,
      comment: "Timeline optimistic.",
      actions: [
        {
          description: "Re-plan the first-patient date with a 12-week ethics review",
          owner: "STARTUP",
          dueInDays: 14,
        },
      ],
    }),
  ],
  cuhkMentor: [
    (asset) => ({
      topics: ["REGULATORY", "COMMERCIALISATION"],
      shared: `IVD regulation for ${asset}: CE-IVD under the IVDR transition versus NMPA Class III, and which to file first.`,
      private: "",
      rating: 4,
      comment: "Well prepared.",
      actions: [
        {
          description: "Write a one-page regulatory strategy for the board",
          owner: "STARTUP",
          dueInDays: 14,
        },
      ],
    }),
    () => ({
      topics: ["COMMERCIALISATION"],
      shared:
        "Pricing a screening test: private laboratories, insurers and government screening programmes.",
      private: "Founders undervalue the test; encourage a higher list price.",
      rating: 3,
      comment: "Pricing needs work.",
      actions: [
        {
          description: "Build a price-volume model for three channels",
          owner: "STARTUP",
          dueInDays: 21,
        },
      ],
    }),
  ],
};
