import "server-only";
import { db } from "@/lib/db";
import { READ_TRANSACTION } from "@/lib/data/milestones/read-transaction";
import { ConsentCategory } from "@/lib/generated/prisma/enums";

const VIEW_LOG_LIMIT = 100;

/**
 * The start-up's sharing page: every programme it is enrolled in or applied to that has
 * partners, each partner with the state of each category (shared since when and by whom, or
 * withdrawn when), and the log of partner views of its documents, newest first.
 */
export async function getSharingSettings(startupId: string) {
  return db.$transaction(async (tx) => {
    const programmes = await tx.programme.findMany({
      where: {
        partners: { some: {} },
        OR: [
          { enrolments: { some: { startupId } } },
          { calls: { some: { applications: { some: { startupId } } } } },
        ],
      },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        nameZh: true,
        kind: true,
        organisation: { select: { name: true } },
        enrolments: { where: { startupId }, select: { status: true, startsOn: true } },
        partners: {
          orderBy: { partner: { name: "asc" } },
          select: { partner: { select: { id: true, name: true, nameZh: true } } },
        },
      },
    });
    const consents = await tx.dataSharingConsent.findMany({
      where: { startupId, programmeId: { in: programmes.map((p) => p.id) } },
      select: {
        programmeId: true,
        partnerId: true,
        category: true,
        grantedAt: true,
        withdrawnAt: true,
        grantedBy: { select: { name: true } },
      },
    });
    const views = await tx.documentView.findMany({
      orderBy: { viewedAt: "desc" },
      take: VIEW_LOG_LIMIT,
      select: {
        id: true,
        viewedAt: true,
        partnerId: true,
        viewer: { select: { name: true } },
        attachment: { select: { id: true, fileName: true } },
      },
    });
    const partnerIds = [...new Set(views.map((view) => view.partnerId))];
    const partners = await tx.organisation.findMany({
      where: { id: { in: partnerIds } },
      select: { id: true, name: true },
    });
    const partnerName = new Map(partners.map((partner) => [partner.id, partner.name]));

    return {
      programmes: programmes.map(({ enrolments, partners: links, ...programme }) => ({
        ...programme,
        enrolment: enrolments[0] ?? null,
        partners: links.map(({ partner }) => ({
          ...partner,
          categories: Object.values(ConsentCategory).map((category) => {
            const consent = consents.find(
              (c) =>
                c.programmeId === programme.id &&
                c.partnerId === partner.id &&
                c.category === category,
            );
            return {
              category,
              isShared: Boolean(consent && !consent.withdrawnAt),
              grantedAt: consent?.grantedAt ?? null,
              grantedBy: consent?.grantedBy.name ?? null,
              withdrawnAt: consent?.withdrawnAt ?? null,
            };
          }),
        })),
      })),
      views: views.map((view) => ({
        id: view.id,
        viewedAt: view.viewedAt,
        partnerName: partnerName.get(view.partnerId) ?? "A partner",
        viewerName: view.viewer.name,
        fileName: view.attachment.fileName,
        attachmentId: view.attachment.id,
      })),
    };
  }, READ_TRANSACTION);
}

export type SharingSettings = Awaited<ReturnType<typeof getSharingSettings>>;
export type SharingProgramme = SharingSettings["programmes"][number];
