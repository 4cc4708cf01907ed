import "server-only";
import crypto from "node:crypto";
import { recordAuditEvent, recordDenial } from "@/lib/audit";
import { roleCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, DENIAL_CODES, isAppError } from "@/lib/errors";
import type { AttachmentKind } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import type { RequestContext } from "@/lib/request-context";
import { getStorage } from "@/lib/storage";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { acceptUpload } from "./accept-upload";
import { UPLOAD_TARGETS } from "./targets";
import type { UploadContext } from "./targets/types";

export type UploadedAttachment = {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  kind: AttachmentKind;
  createdAt: string;
};

const NOT_FOUND_MESSAGE = "That page or record does not exist.";

/** The user's membership in the named organisation, or NOT_FOUND (existence not confirmed). */
function membershipContext(user: SessionUser, organisationSlug: string): UploadContext {
  const membership = user.memberships.find((m) => m.organisation.slug === organisationSlug);
  if (!membership) {
    throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE, {
      reason: `not a member of ${organisationSlug || "(no organisation named)"}`,
    });
  }
  return { user, membership, organisation: membership.organisation };
}

function tenantOf(context: UploadContext) {
  return {
    userId: context.user.id,
    organisationId: context.organisation.id,
    isPlatformAdmin: context.user.isPlatformAdmin,
  };
}

/** Refusals leave an access.denied event, as in the server-action chain. */
export async function recordUploadDenial(
  error: unknown,
  user: SessionUser | null,
  organisationSlug: string,
  request: RequestContext,
  what: string,
): Promise<void> {
  if (!isAppError(error) || !DENIAL_CODES.has(error.code)) return;
  const membership = user?.memberships.find((m) => m.organisation.slug === organisationSlug);
  const organisationId = error.denial.organisationId ?? membership?.organisation.id ?? null;
  try {
    await runWithTenant({ userId: user?.id ?? null, organisationId }, () =>
      recordDenial({
        organisationId,
        actorId: user?.id ?? null,
        ...request,
        reason: `${what}: ${error.denial.reason ?? error.message}`,
      }),
    );
  } catch (auditError) {
    logger.error("could not record a denial", { action: what, error: String(auditError) });
  }
}

/**
 * Stores one uploaded file for a record the user may change. The content is checked first
 * (type by bytes, size); the bytes are written before the row, and removed again when the
 * row cannot be written, so a row never points at nothing.
 */
export async function uploadAttachment(input: {
  user: SessionUser;
  organisationSlug: string;
  target: string;
  targetId: string;
  kind?: string | null;
  file: { name: string; bytes: Uint8Array };
  request: RequestContext;
}): Promise<UploadedAttachment> {
  const context = membershipContext(input.user, input.organisationSlug);
  // Own keys only: "toString" or "__proto__" would find Object.prototype's members (a 500).
  const target = Object.hasOwn(UPLOAD_TARGETS, input.target) ? UPLOAD_TARGETS[input.target] : null;
  if (!target) throw new AppError("INVALID", "Files cannot be attached there.");
  if (!roleCan(context.membership.role, target.permission)) {
    throw new AppError("FORBIDDEN", "Your role does not allow this action.", {
      organisationId: context.organisation.id,
      reason: `role ${context.membership.role} lacks ${target.permission}`,
    });
  }
  const kind = (input.kind || target.defaultKind) as AttachmentKind;
  if (!target.kinds.includes(kind))
    throw new AppError("INVALID", "Choose what kind of file this is.");
  const accepted = acceptUpload(input.file);
  const storage = getStorage();

  return runWithTenant(tenantOf(context), async () => {
    const resolved = await db.$transaction((tx) => target.resolve(tx, context, input.targetId));
    const key = `${resolved.organisationId.toLowerCase()}/${new Date().getUTCFullYear()}/${crypto.randomUUID()}`;
    await storage.put(key, accepted.bytes, accepted.mimeType);
    try {
      return await db.$transaction(async (tx) => {
        // Resolved again inside the writing transaction: the record may have moved on meanwhile.
        const current = await target.resolve(tx, context, input.targetId);
        const existing = await tx.attachment.count({ where: current.owner });
        if (existing >= current.maxFiles) {
          throw new AppError(
            "CONFLICT",
            `This record already has ${existing} files, the most it can hold. Remove one first.`,
          );
        }
        // createMany, then read back: an INSERT ... RETURNING is checked against the read
        // policy in the same statement, before the start-up's new row is visible to it.
        await tx.attachment.createMany({
          data: {
            organisationId: current.organisationId,
            kind,
            fileName: accepted.fileName,
            mimeType: accepted.mimeType,
            sizeBytes: accepted.sizeBytes,
            sha256: accepted.sha256,
            storageKey: key,
            uploadedById: input.user.id,
            ...current.owner,
          },
        });
        const attachment = await tx.attachment.findUniqueOrThrow({
          where: { storageKey: key },
          select: {
            id: true,
            fileName: true,
            mimeType: true,
            sizeBytes: true,
            kind: true,
            createdAt: true,
          },
        });
        await recordAuditEvent(tx, {
          organisationId: context.organisation.id,
          actorId: input.user.id,
          action: "attachment.upload",
          targetType: "Attachment",
          targetId: attachment.id,
          after: {
            ...current.owner,
            fileName: accepted.fileName,
            sizeBytes: accepted.sizeBytes,
            sha256: accepted.sha256,
          },
          ...input.request,
        });
        return { ...attachment, createdAt: attachment.createdAt.toISOString() };
      });
    } catch (error) {
      await storage.delete(key).catch(() => undefined);
      throw error;
    }
  });
}

/** The owner of an attachment as a (target, id) pair, for the remove check. */
function targetOf(attachment: {
  applicationId: string | null;
  milestoneEvidenceId: string | null;
  disbursementId: string | null;
}): { target: string; targetId: string } | null {
  if (attachment.applicationId)
    return { target: "application", targetId: attachment.applicationId };
  if (attachment.milestoneEvidenceId) {
    return { target: "milestone-evidence", targetId: attachment.milestoneEvidenceId };
  }
  if (attachment.disbursementId)
    return { target: "disbursement", targetId: attachment.disbursementId };
  return null;
}

/** Removes a file its uploader's organisation may still change (a draft's file, say). */
export async function removeAttachment(input: {
  user: SessionUser;
  organisationSlug: string;
  attachmentId: string;
  request: RequestContext;
}): Promise<void> {
  const context = membershipContext(input.user, input.organisationSlug);
  const storageKey = await runWithTenant(tenantOf(context), () =>
    db.$transaction(async (tx) => {
      const attachment = await tx.attachment.findFirst({
        where: { id: input.attachmentId },
        select: {
          id: true,
          fileName: true,
          storageKey: true,
          applicationId: true,
          milestoneEvidenceId: true,
          disbursementId: true,
        },
      });
      const owner = attachment ? targetOf(attachment) : null;
      const target = owner ? UPLOAD_TARGETS[owner.target] : undefined;
      if (!attachment || !owner || !target) {
        throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE, {
          reason: `attachment ${input.attachmentId} not visible to ${context.organisation.slug}`,
        });
      }
      if (!roleCan(context.membership.role, target.permission)) {
        throw new AppError("FORBIDDEN", "Your role does not allow this action.", {
          organisationId: context.organisation.id,
          reason: `role ${context.membership.role} lacks ${target.permission}`,
        });
      }
      await target.resolve(tx, context, owner.targetId);
      const removed = await tx.attachment.deleteMany({ where: { id: attachment.id } });
      if (removed.count !== 1) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
      await recordAuditEvent(tx, {
        organisationId: context.organisation.id,
        actorId: input.user.id,
        action: "attachment.remove",
        targetType: "Attachment",
        targetId: attachment.id,
        before: { [`${owner.target}Id`]: owner.targetId, fileName: attachment.fileName },
        ...input.request,
      });
      return attachment.storageKey;
    }),
  );
  await getStorage()
    .delete(storageKey)
    .catch((error: unknown) =>
      logger.warn("could not delete a removed file's bytes", { storageKey, error: String(error) }),
    );
}

export type DownloadedAttachment = {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
};

/**
 * A file the user may see (row-level security decides: the operator, the start-up that
 * uploaded it, a partner it was shared with). A partner's view is logged for the start-up.
 */
export async function downloadAttachment(input: {
  user: SessionUser;
  organisationSlug: string;
  attachmentId: string;
}): Promise<DownloadedAttachment> {
  const context = membershipContext(input.user, input.organisationSlug);
  const attachment = await runWithTenant(tenantOf(context), () =>
    db.$transaction(async (tx) => {
      const found = await tx.attachment.findFirst({
        where: { id: input.attachmentId },
        select: {
          id: true,
          organisationId: true,
          fileName: true,
          mimeType: true,
          storageKey: true,
        },
      });
      if (!found) {
        throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE, {
          reason: `attachment ${input.attachmentId} not visible to ${context.organisation.slug}`,
        });
      }
      if (context.organisation.kind === "PARTNER") {
        await tx.documentView.createMany({
          data: {
            organisationId: found.organisationId,
            attachmentId: found.id,
            viewerId: input.user.id,
            partnerId: context.organisation.id,
          },
        });
      }
      return found;
    }),
  );
  const bytes = await getStorage().get(attachment.storageKey);
  if (!bytes) {
    logger.error("an attachment's bytes are missing", { attachmentId: attachment.id });
    throw new AppError(
      "NOT_FOUND",
      "This file is no longer available. Ask the uploader to add it again.",
    );
  }
  return { fileName: attachment.fileName, mimeType: attachment.mimeType, bytes };
}
