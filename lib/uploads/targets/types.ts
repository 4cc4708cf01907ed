import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionMembership, SessionUser } from "@/lib/auth/session";
import type { Database } from "@/lib/db-client";
import type { AttachmentKind } from "@/lib/generated/prisma/enums";

export type Transaction = Omit<Database, ITXClientDenyList>;

export type UploadContext = {
  user: SessionUser;
  membership: SessionMembership;
  organisation: SessionMembership["organisation"];
};

/** Exactly one owner column of Attachment. */
export type AttachmentOwner =
  { applicationId: string } | { milestoneEvidenceId: string } | { disbursementId: string };

export type ResolvedTarget = {
  /** The tenant the attachment row belongs to (the operator running the programme). */
  organisationId: string;
  owner: AttachmentOwner;
  /** How many files the record may hold in all. */
  maxFiles: number;
};

/**
 * A kind of record files can be attached to. `resolve` runs inside the upload's tenant
 * transaction: it finds the record as the user (another tenant's id → AppError NOT_FOUND),
 * checks it can still take files (AppError CONFLICT with the reason) and names the owner.
 * The same check guards removing a file.
 */
export type UploadTarget = {
  permission: Permission;
  kinds: readonly AttachmentKind[];
  defaultKind: AttachmentKind;
  resolve(tx: Transaction, context: UploadContext, targetId: string): Promise<ResolvedTarget>;
};
