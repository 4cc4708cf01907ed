import "server-only";
import { db } from "@/lib/db";
import { READ_TRANSACTION } from "@/lib/data/milestones/read-transaction";
import { ConsentCategory } from "@/lib/generated/prisma/enums";

import { cursorDate, decodeCursor, PAGE_SIZE, takePage } from "@/lib/pagination/cursor";

/**
 * The start-up's sharing page: every programme it is enrolled in or applied to that has
 * partners, each partner with the state of each category (shared since when and by whom, or
 * withdrawn when), and the log of partner views of its documents, newest first, a page at a
 * time (`viewsCursor`: viewedAt then id, so views in the same millisecond never skip or repeat).
 */
export async function getSharingSettings(
  startupId: string,
  viewsCursor?: string,
  pageSize: number = PAGE_SIZE,
) {
  const [afterAt, afterId] = decodeCursor(viewsCursor, 2) ?? [];
  const afterDate = cursorDate(afterAt);
  const viewsAfter =
    afterDate && typeof afterId === "string"
      ? { OR: [{ viewedAt: { lt: afterDate } }, { viewedAt: afterDate, id: { lt: afterId } }] }
      : {};
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
        organisation: { select: { name: true, nameZh: true } },
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
    // Row-level security keeps these to views of this start-up's own documents.
    const viewRows = await tx.documentView.findMany({
      where: viewsAfter,
      orderBy: [{ viewedAt: "desc" }, { id: "desc" }],
      take: pageSize + 1,
      select: {
        id: true,
        viewedAt: true,
        partnerId: true,
        viewer: { select: { name: true } },
        attachment: { select: { id: true, fileName: true } },
      },
    });
    const viewsPage = takePage(
      viewRows,
      (view) => [view.viewedAt.toISOString(), view.id],
      pageSize,
    );
    const views = viewsPage.items;
    const partnerIds = [...new Set(views.map((view) => view.partnerId))];
    const partners = await tx.organisation.findMany({
      where: { id: { in: partnerIds } },
      select: { id: true, name: true, nameZh: true },
    });
    const partnerById = new Map(partners.map((partner) => [partner.id, partner]));

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
      viewsNextCursor: viewsPage.nextCursor,
      views: views.map((view) => ({
        id: view.id,
        viewedAt: view.viewedAt,
        partnerName: partnerById.get(view.partnerId)?.name ?? null,
        partnerNameZh: partnerById.get(view.partnerId)?.nameZh ?? null,
        viewerName: view.viewer.name,
        fileName: view.attachment.fileName,
        attachmentId: view.attachment.id,
      })),
    };
  }, READ_TRANSACTION);
}

export type SharingSettings = Awaited<ReturnType<typeof getSharingSettings>>;
export type SharingProgramme = SharingSettings["programmes"][number];
