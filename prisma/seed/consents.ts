import type { ConsentCategory } from "@/lib/generated/prisma/enums";
import { createDataSharingConsent, createDocumentView } from "@/tests/factories/consents";
import { type SeedContext, staffMember, teamOf } from "./context";
import { must } from "./lookup";
import type { ProgrammeKey } from "./programmes";
import { hkt, hktAt } from "./time";

// What each co-incubation start-up shares with its partner. Nathan Road (AstraZeneca) and
// Junk Bay, Jadeite (Boehringer Ingelheim) share nothing.
const CONSENTS: {
  programmeKey: Extract<ProgrammeKey, "astrazeneca" | "boehringer">;
  startup: string;
  categories: ConsentCategory[];
  grantedOn: string;
  withdrawnOn?: string;
}[] = [
  {
    programmeKey: "astrazeneca",
    startup: "lion-rock-immuno",
    categories: ["MILESTONES", "COACHING_SUMMARIES"],
    grantedOn: "2026-07-10",
  },
  {
    programmeKey: "astrazeneca",
    startup: "shatin-oncology",
    categories: ["MILESTONES"],
    grantedOn: "2026-07-14",
  },
  {
    programmeKey: "astrazeneca",
    startup: "ma-on-shan-tcr",
    categories: ["MILESTONES", "COACHING_SUMMARIES", "DOCUMENTS"],
    grantedOn: "2026-07-08",
  },
  {
    programmeKey: "astrazeneca",
    startup: "clear-water-bay-rna",
    categories: ["MILESTONES"],
    grantedOn: "2026-07-20",
    withdrawnOn: "2026-10-12",
  },
  {
    programmeKey: "astrazeneca",
    startup: "lok-ma-chau-genomics",
    categories: ["MILESTONES"],
    grantedOn: "2024-08-01",
  },
  {
    programmeKey: "boehringer",
    startup: "jade-mrna",
    categories: ["MILESTONES"],
    grantedOn: "2026-08-12",
  },
  {
    programmeKey: "boehringer",
    startup: "sai-kung-antibody",
    categories: ["MILESTONES", "COACHING_SUMMARIES"],
    grantedOn: "2026-08-20",
  },
];

/** Data-sharing consents to the partners, and the partner's views of a shared document. */
export async function seedConsents(context: SeedContext): Promise<void> {
  const partners = {
    astrazeneca: context.organisations.astrazeneca,
    boehringer: context.organisations.boehringer,
  };
  for (const consent of CONSENTS) {
    const { programme } = must(context.programmes, consent.programmeKey);
    const team = teamOf(context, consent.startup);
    for (const category of consent.categories) {
      const grantedAt = hkt(consent.grantedOn, "15:20");
      const withdrawnAt = consent.withdrawnOn ? hkt(consent.withdrawnOn, "11:02") : null;
      await createDataSharingConsent(context.db, {
        organisationId: programme.organisationId,
        programmeId: programme.id,
        startupId: must(context.organisations.startups, consent.startup).id,
        partnerId: partners[consent.programmeKey].id,
        category,
        grantedById: team.founder.id,
        grantedAt,
        withdrawnAt,
        createdAt: grantedAt,
        updatedAt: withdrawnAt ?? grantedAt,
      });
    }
  }

  // AstraZeneca opened Ma On Shan's shared milestone evidence; the start-up sees who and when.
  const { programme } = must(context.programmes, "astrazeneca");
  const shared = await context.db.attachment.findMany({
    where: {
      milestoneEvidence: {
        milestone: {
          enrolment: {
            programmeId: programme.id,
            startupId: must(context.organisations.startups, "ma-on-shan-tcr").id,
          },
        },
      },
    },
    orderBy: { createdAt: "asc" },
    take: 2,
  });
  const views = [
    { viewer: "azPartner", at: "2026-10-05T10:12" },
    { viewer: "azScientist", at: "2026-10-06T16:40" },
    { viewer: "azPartner", at: "2026-11-16T09:05" },
  ];
  for (const [index, view] of views.entries()) {
    const attachment = shared[index % Math.max(shared.length, 1)];
    if (!attachment) break;
    const viewedAt = hktAt(view.at);
    await createDocumentView(context.db, {
      attachmentId: attachment.id,
      partnerId: partners.astrazeneca.id,
      viewerId: staffMember(context, view.viewer).id,
      viewedAt,
      createdAt: viewedAt,
      updatedAt: viewedAt,
    });
  }
}
