import type {
  Application,
  ApplicationAnswer,
  ApplicationMessage,
  ApplicationStatusChange,
  Attachment,
  Prisma,
} from "@/lib/generated/prisma/client";
import { createApplicationForm, resolveCall } from "./calls";
import type { FactoryDatabase } from "./database";
import { createStartup } from "./organisations";
import { sha256Hex, uniqueSuffix } from "./sequence";
import { createMember, createUser } from "./users";

/** The application a child row belongs to and its operator (see resolveProgramme). */
export async function resolveApplication(
  db: FactoryDatabase,
  ids: { applicationId?: string | null; organisationId?: string | null },
): Promise<{ applicationId: string; organisationId: string }> {
  if (ids.applicationId && ids.organisationId) {
    return { applicationId: ids.applicationId, organisationId: ids.organisationId };
  }
  const application = ids.applicationId
    ? await db.application.findUniqueOrThrow({ where: { id: ids.applicationId } })
    : await createApplication(db, { organisationId: ids.organisationId ?? undefined });
  return { applicationId: application.id, organisationId: application.organisationId };
}

/**
 * Creates an application (DRAFT by default) to a new or given call, by a new or given
 * start-up. Uses the call's latest form, or gives the call one. Any status past DRAFT gets
 * a `submittedAt` unless one is given.
 */
export async function createApplication(
  db: FactoryDatabase,
  overrides: Partial<Prisma.ApplicationUncheckedCreateInput> = {},
): Promise<Application> {
  const suffix = uniqueSuffix();
  const scope = await resolveCall(db, overrides);
  const formId =
    overrides.formId ??
    (
      await db.applicationForm.findFirst({
        where: { callId: scope.callId },
        orderBy: { version: "desc" },
      })
    )?.id ??
    (await createApplicationForm(db, scope)).id;
  const startupId = overrides.startupId ?? (await createStartup(db)).id;
  const createdById =
    overrides.createdById ??
    (await createMember(db, { organisationId: startupId, role: "STARTUP_MEMBER" })).user.id;
  const status = overrides.status ?? "DRAFT";
  return db.application.create({
    data: {
      reference: `APP-${suffix.toUpperCase()}`,
      projectTitle: `Project ${suffix}`,
      submittedAt: status === "DRAFT" ? null : new Date(),
      ...overrides,
      ...scope,
      status,
      formId,
      startupId,
      createdById,
    },
  });
}

/** Creates one answer of an application (a short text by default). */
export async function createApplicationAnswer(
  db: FactoryDatabase,
  overrides: Partial<Prisma.ApplicationAnswerUncheckedCreateInput> = {},
): Promise<ApplicationAnswer> {
  const suffix = uniqueSuffix();
  const scope = await resolveApplication(db, overrides);
  return db.applicationAnswer.create({
    data: { questionKey: `question_${suffix}`, value: `Answer ${suffix}`, ...overrides, ...scope },
  });
}

/** Records a status transition (DRAFT → SUBMITTED by default). */
export async function createApplicationStatusChange(
  db: FactoryDatabase,
  overrides: Partial<Prisma.ApplicationStatusChangeUncheckedCreateInput> = {},
): Promise<ApplicationStatusChange> {
  const scope = await resolveApplication(db, overrides);
  return db.applicationStatusChange.create({
    data: { fromStatus: "DRAFT", toStatus: "SUBMITTED", ...overrides, ...scope },
  });
}

/** Creates a clarification request on an application, written by a new user unless given. */
export async function createApplicationMessage(
  db: FactoryDatabase,
  overrides: Partial<Prisma.ApplicationMessageUncheckedCreateInput> = {},
): Promise<ApplicationMessage> {
  const scope = await resolveApplication(db, overrides);
  const authorId = overrides.authorId ?? (await createUser(db)).id;
  return db.applicationMessage.create({
    data: {
      kind: "CLARIFICATION_REQUEST",
      body: "Please confirm the company's Business Registration number.",
      ...overrides,
      ...scope,
      authorId,
    },
  });
}

/**
 * Creates the metadata row of a stored file. Its owner is the given application, milestone
 * evidence or disbursement; with none given, a new application owns it.
 */
export async function createAttachment(
  db: FactoryDatabase,
  overrides: Partial<Prisma.AttachmentUncheckedCreateInput> = {},
): Promise<Attachment> {
  const suffix = uniqueSuffix();
  const hasOwner = Boolean(
    overrides.applicationId || overrides.milestoneEvidenceId || overrides.disbursementId,
  );
  const newOwner = hasOwner
    ? null
    : await resolveApplication(db, { organisationId: overrides.organisationId });
  const organisationId =
    overrides.organisationId ??
    newOwner?.organisationId ??
    (await ownerOrganisationId(db, overrides));
  const uploadedById = overrides.uploadedById ?? (await createUser(db)).id;
  const storageKey = overrides.storageKey ?? `test/${organisationId}/${suffix}/document.pdf`;
  return db.attachment.create({
    data: {
      kind: "OTHER",
      fileName: `document-${suffix}.pdf`,
      mimeType: "application/pdf",
      sizeBytes: 245_760,
      sha256: sha256Hex(storageKey),
      applicationId: newOwner?.applicationId,
      ...overrides,
      organisationId,
      uploadedById,
      storageKey,
    },
  });
}

async function ownerOrganisationId(
  db: FactoryDatabase,
  owner: Partial<Prisma.AttachmentUncheckedCreateInput>,
): Promise<string> {
  if (owner.applicationId) {
    return (await db.application.findUniqueOrThrow({ where: { id: owner.applicationId } }))
      .organisationId;
  }
  if (owner.milestoneEvidenceId) {
    return (
      await db.milestoneEvidence.findUniqueOrThrow({ where: { id: owner.milestoneEvidenceId } })
    ).organisationId;
  }
  if (owner.disbursementId) {
    return (await db.disbursement.findUniqueOrThrow({ where: { id: owner.disbursementId } }))
      .organisationId;
  }
  throw new Error("createAttachment: an attachment needs an owner");
}
