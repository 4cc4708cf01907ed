"use server";

import crypto from "node:crypto";
import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { db } from "@/lib/db";
import { formatHkDateTime } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { startApplicationSchema } from "@/lib/schemas/applications";

// No 0/O or 1/I, so a reference read out over the phone is unambiguous.
const REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * A reference for the applicant and the office. Random, not sequential: a start-up cannot see
 * the other applications to the call (row-level security), so it cannot count them.
 */
function newReference(now: Date): string {
  const suffix = Array.from(
    crypto.randomBytes(6),
    (byte) => REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length],
  ).join("");
  return `APP-${now.getUTCFullYear()}-${suffix}`;
}

async function findExisting(startupId: string, callId: string) {
  return db.application.findFirst({
    where: { startupId, callId },
    select: { id: true },
  });
}

/**
 * Starts the start-up's draft application to an open, published call, or returns the one it
 * already has: one application per call per start-up.
 */
export const startApplication = organisationAction
  .metadata({ name: "start-application", permission: "application.edit_draft" })
  .inputSchema(startApplicationSchema)
  .action(
    async ({ parsedInput: { callId, projectTitle }, ctx: { user, organisation, request } }) => {
      const existing = await findExisting(organisation.id, callId);
      if (existing) return { applicationId: existing.id, isExisting: true };

      const now = new Date();
      try {
        const applicationId = await db.$transaction(async (tx) => {
          const call = await tx.call.findFirst({
            where: { id: callId, status: "PUBLISHED", programme: { status: "ACTIVE" } },
            select: {
              id: true,
              organisationId: true,
              title: true,
              opensAt: true,
              closesAt: true,
              forms: {
                where: { publishedAt: { not: null } },
                orderBy: { version: "desc" },
                take: 1,
                select: { id: true },
              },
            },
          });
          if (!call) throw new AppError("NOT_FOUND", "That call does not exist.");
          if (call.opensAt > now) {
            throw new AppError(
              "CONFLICT",
              `${call.title} opens on ${formatHkDateTime(call.opensAt)} (Hong Kong time).`,
            );
          }
          if (call.closesAt <= now) {
            throw new AppError(
              "CONFLICT",
              `${call.title} closed on ${formatHkDateTime(call.closesAt)} (Hong Kong time).`,
            );
          }
          const form = call.forms[0];
          if (!form) {
            throw new AppError("CONFLICT", `${call.title} has no application form yet.`);
          }
          const application = await tx.application.create({
            data: {
              organisationId: call.organisationId,
              startupId: organisation.id,
              callId: call.id,
              formId: form.id,
              createdById: user.id,
              reference: newReference(now),
              projectTitle,
            },
            select: { id: true, reference: true },
          });
          await tx.applicationStatusChange.create({
            data: {
              organisationId: call.organisationId,
              applicationId: application.id,
              fromStatus: null,
              toStatus: "DRAFT",
              actorId: user.id,
            },
          });
          await recordAuditEvent(tx, {
            organisationId: organisation.id,
            actorId: user.id,
            action: "application.start",
            targetType: "Application",
            targetId: application.id,
            after: { callId: call.id, reference: application.reference, projectTitle },
            ...request,
          });
          return application.id;
        });
        revalidatePath(`/${organisation.slug}/applications`);
        return { applicationId, isExisting: false };
      } catch (error) {
        // Two tabs starting at once: the unique (call, start-up) keeps one; return it.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          const raced = await findExisting(organisation.id, callId);
          if (raced) return { applicationId: raced.id, isExisting: true };
        }
        throw error;
      }
    },
  );
