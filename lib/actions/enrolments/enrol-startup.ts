"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { listEnrolmentMemberIds } from "@/lib/data/cohort/lookups";
import { db } from "@/lib/db";
import { addDays, formatHkDate, hongKongToday } from "@/lib/domain/dates";
import { enrolmentTermEnd } from "@/lib/domain/enrolment-status";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { enrolStartupSchema } from "@/lib/schemas/cohort";

// An officer may record a cohort that already started (the intake's first day) or plan ahead.
const EARLIEST_DAYS_BACK = 366;
const LATEST_DAYS_AHEAD = 366;

/**
 * Enrols the start-up of an accepted application in the programme's cohort: ACTIVE from the
 * given Hong Kong date for the programme's duration, with the support plan matching ranks
 * mentors against. Tells the start-up's people.
 */
export const enrolStartup = organisationAction
  .metadata({ name: "enrol-startup", permission: "enrolment.manage" })
  .inputSchema(enrolStartupSchema)
  .action(
    async ({
      parsedInput: { applicationId, startsOn, supportNeeds, workingLanguages },
      ctx: { user, organisation, request },
    }) => {
      const startDay = new Date(`${startsOn}T00:00:00.000Z`);
      const today = hongKongToday();
      if (
        startDay < addDays(today, -EARLIEST_DAYS_BACK) ||
        startDay > addDays(today, LATEST_DAYS_AHEAD)
      ) {
        throw new AppError("INVALID", "Choose a start date within a year of today.");
      }
      try {
        const enrolment = await db.$transaction(async (tx) => {
          const application = await tx.application.findFirst({
            where: { id: applicationId, organisationId: organisation.id },
            select: {
              id: true,
              reference: true,
              status: true,
              startupId: true,
              decision: { select: { outcome: true } },
              enrolment: { select: { id: true } },
              startup: { select: { slug: true, name: true } },
              call: {
                select: { programme: { select: { id: true, name: true, durationMonths: true } } },
              },
            },
          });
          if (!application) throw new AppError("NOT_FOUND", "That application does not exist.");
          if (application.status !== "ACCEPTED" || application.decision?.outcome !== "ACCEPTED") {
            throw new AppError(
              "CONFLICT",
              `${application.reference} has not been accepted: only accepted applications are enrolled.`,
            );
          }
          if (application.enrolment) throw alreadyEnrolled(application.startup.name);
          const { programme } = application.call;
          const endsOn = enrolmentTermEnd(startDay, programme.durationMonths);
          const created = await tx.enrolment.create({
            data: {
              organisationId: organisation.id,
              programmeId: programme.id,
              startupId: application.startupId,
              applicationId: application.id,
              startsOn: startDay,
              endsOn,
              supportNeeds: [...new Set(supportNeeds)],
              workingLanguages: [...new Set(workingLanguages)],
            },
            select: { id: true, startsOn: true, endsOn: true },
          });
          await recordAuditEvent(tx, {
            organisationId: organisation.id,
            actorId: user.id,
            action: "enrolment.create",
            targetType: "Enrolment",
            targetId: created.id,
            after: {
              applicationId,
              programmeId: programme.id,
              startupId: application.startupId,
              startsOn,
              endsOn: created.endsOn,
              supportNeeds,
              workingLanguages,
            },
            ...request,
          });
          await notify(tx, {
            organisationId: organisation.id,
            userIds: await listEnrolmentMemberIds(tx, { enrolmentId: created.id }),
            kind: "SYSTEM",
            title: `Welcome to ${programme.name}`,
            body: `${organisation.name} has enrolled ${application.startup.name} from ${formatHkDate(created.startsOn)} to ${formatHkDate(created.endsOn)}. Your mentors and milestones will appear here.`,
            link: `/${application.startup.slug}/coaching`,
          });
          return created;
        });
        revalidatePath(`/${organisation.slug}/cohort`);
        return { enrolmentId: enrolment.id };
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          throw alreadyEnrolled("This start-up");
        }
        throw error;
      }
    },
  );

function alreadyEnrolled(startupName: string): AppError {
  return new AppError("CONFLICT", `${startupName} is already enrolled in this programme.`);
}
