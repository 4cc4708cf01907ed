import "server-only";
import { db } from "@/lib/db";
import { READ_TRANSACTION } from "@/lib/data/milestones/read-transaction";
import { summariseMilestones } from "@/lib/data/milestones/summarise-milestones";
import type { AttachmentKind } from "@/lib/generated/prisma/enums";

type SharedDocumentRow = {
  id: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  kind: AttachmentKind;
  created_at: Date;
  programme_id: string;
  source: "APPLICATION" | "MILESTONE_EVIDENCE";
  source_title: string;
};

/**
 * One start-up of the partner's cohort, as the partner may see it: per programme the partner
 * is linked to, the categories shared now and, for each, only that data — milestones (no
 * evidence notes or officer comments), coaching summaries (the notes shared with the start-up;
 * the operator's private notes live in another table no partner reaches), documents (listed
 * through app_partner_shared_documents()). Null when the start-up is in none of the partner's
 * programmes (404).
 */
export async function getPartnerStartup(
  partnerId: string,
  startupId: string,
  now: Date = new Date(),
) {
  return db.$transaction(async (tx) => {
    const enrolments = await tx.enrolment.findMany({
      where: { startupId, programme: { partners: { some: { partnerId } } } },
      orderBy: { startsOn: "desc" },
      select: {
        id: true,
        status: true,
        startsOn: true,
        endsOn: true,
        programmeId: true,
        programme: {
          select: {
            name: true,
            nameZh: true,
            organisation: { select: { name: true, nameZh: true } },
          },
        },
        startup: {
          select: {
            name: true,
            nameZh: true,
            website: true,
            description: true,
            startupProfile: {
              select: {
                leadAsset: true,
                pipelineStage: true,
                focusAreas: true,
                foundedYear: true,
                universityOrigin: true,
              },
            },
          },
        },
      },
    });
    const first = enrolments[0];
    if (!first) return null;
    const consents = await tx.dataSharingConsent.findMany({
      where: {
        partnerId,
        startupId,
        programmeId: { in: enrolments.map((e) => e.programmeId) },
        withdrawnAt: null,
      },
      select: { programmeId: true, category: true, grantedAt: true },
    });
    const documents = await tx.$queryRaw<SharedDocumentRow[]>`
      select * from app_partner_shared_documents(${startupId}) order by created_at desc`;

    const programmes = [];
    for (const enrolment of enrolments) {
      const shared = consents.filter((c) => c.programmeId === enrolment.programmeId);
      const has = (category: string) => shared.some((c) => c.category === category);
      const milestones = has("MILESTONES")
        ? await tx.milestone.findMany({
            where: { enrolmentId: enrolment.id },
            orderBy: [{ position: "asc" }, { dueOn: "asc" }],
            select: {
              id: true,
              title: true,
              category: true,
              status: true,
              dueOn: true,
              achievedAt: true,
            },
          })
        : null;
      const coaching = has("COACHING_SUMMARIES")
        ? await tx.coachingSession.findMany({
            where: {
              enrolmentId: enrolment.id,
              status: { in: ["LOGGED", "CONFIRMED"] },
              sharedNotes: { not: null },
            },
            orderBy: { startsAt: "desc" },
            take: 20,
            select: {
              id: true,
              startsAt: true,
              durationMinutes: true,
              mode: true,
              topics: true,
              sharedNotes: true,
              mentor: { select: { name: true } },
            },
          })
        : null;
      programmes.push({
        enrolmentId: enrolment.id,
        programmeId: enrolment.programmeId,
        programme: enrolment.programme,
        status: enrolment.status,
        startsOn: enrolment.startsOn,
        endsOn: enrolment.endsOn,
        shared: shared.map((c) => ({ category: c.category, grantedAt: c.grantedAt })),
        milestones: milestones
          ? { rows: milestones, summary: summariseMilestones(milestones, now) }
          : null,
        coaching,
        documents: has("DOCUMENTS")
          ? documents
              .filter((d) => d.programme_id === enrolment.programmeId)
              .map((d) => ({
                id: d.id,
                fileName: d.file_name,
                mimeType: d.mime_type,
                sizeBytes: d.size_bytes,
                createdAt: d.created_at,
                source: d.source,
                sourceTitle: d.source_title,
              }))
          : null,
      });
    }
    return { startupId, startup: first.startup, programmes };
  }, READ_TRANSACTION);
}

export type PartnerStartup = NonNullable<Awaited<ReturnType<typeof getPartnerStartup>>>;
