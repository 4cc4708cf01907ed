import type { DataSharingConsent, DocumentView, Prisma } from "@/lib/generated/prisma/client";
import { createAttachment } from "./applications";
import type { FactoryDatabase } from "./database";
import { createPartner, createStartup } from "./organisations";
import { createProgrammePartner, resolveProgramme } from "./programmes";
import { createMember } from "./users";

/**
 * Records a start-up's consent to share MILESTONES with a partner of a programme. Missing
 * pieces are made: a co-incubation programme, a partner linked to it, a start-up and the
 * founder who consents.
 */
export async function createDataSharingConsent(
  db: FactoryDatabase,
  overrides: Partial<Prisma.DataSharingConsentUncheckedCreateInput> = {},
): Promise<DataSharingConsent> {
  const scope = await resolveProgramme(db, overrides, { kind: "CO_INCUBATION" });
  const partnerId = overrides.partnerId ?? (await createProgrammePartner(db, scope)).partnerId;
  const startupId = overrides.startupId ?? (await createStartup(db)).id;
  const grantedById =
    overrides.grantedById ??
    (await createMember(db, { organisationId: startupId, role: "STARTUP_MEMBER" })).user.id;
  return db.dataSharingConsent.create({
    data: { category: "MILESTONES", ...overrides, ...scope, partnerId, startupId, grantedById },
  });
}

/** Records that a partner's user opened a shared document (a new attachment unless given). */
export async function createDocumentView(
  db: FactoryDatabase,
  overrides: Partial<Prisma.DocumentViewUncheckedCreateInput> = {},
): Promise<DocumentView> {
  const attachment = overrides.attachmentId
    ? await db.attachment.findUniqueOrThrow({ where: { id: overrides.attachmentId } })
    : await createAttachment(db, { organisationId: overrides.organisationId });
  const partnerId = overrides.partnerId ?? (await createPartner(db)).id;
  const viewerId =
    overrides.viewerId ??
    (await createMember(db, { organisationId: partnerId, role: "PARTNER_MEMBER" })).user.id;
  return db.documentView.create({
    data: {
      ...overrides,
      organisationId: attachment.organisationId,
      attachmentId: attachment.id,
      partnerId,
      viewerId,
    },
  });
}
