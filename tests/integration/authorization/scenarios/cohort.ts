import { cancelSession } from "@/lib/actions/coaching/cancel-session";
import { completeActionItem } from "@/lib/actions/coaching/complete-action-item";
import { confirmSession } from "@/lib/actions/coaching/confirm-session";
import { logSession } from "@/lib/actions/coaching/log-session";
import { scheduleSession } from "@/lib/actions/coaching/schedule-session";
import { changeEnrolmentStatus } from "@/lib/actions/enrolments/change-enrolment-status";
import { enrolStartup } from "@/lib/actions/enrolments/enrol-startup";
import { updateSupportPlan } from "@/lib/actions/enrolments/update-support-plan";
import { assignMentor } from "@/lib/actions/mentors/assign-mentor";
import { endMentorAssignment } from "@/lib/actions/mentors/end-mentor-assignment";
import { updateMentorProfile } from "@/lib/actions/mentors/update-mentor-profile";
import { createApplication } from "../../../factories/applications";
import {
  createActionItem,
  createCoachingSession,
  createMentorAssignment,
} from "../../../factories/coaching";
import { createEnrolment } from "../../../factories/enrolments";
import { createDecision } from "../../../factories/reviews";
import { createMember } from "../../../factories/users";
import { testDb } from "../../../setup/test-database";
import type { Scenario } from "../scenarios";
import type { Actor, World } from "../world";

/** "YYYY-MM-DD" of the Hong Kong day `offset` days from today. */
function hongKongDate(offset: number): string {
  const day = new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * The enrolment a principal's attempt names: the world's cohort start-up in tenant A (so the
 * start-up member acts on its own), or a fresh one in tenant B for the foreign-target admin.
 */
async function targetEnrolment(world: World, actor: Actor) {
  const db = testDb();
  if (actor.targetOrganisationId !== world.tenantA.id) {
    return createEnrolment(db, { organisationId: actor.targetOrganisationId });
  }
  const startup = await db.organisation.findUniqueOrThrow({
    where: { slug: world.actors["startup-member"].organisationSlug },
    select: { id: true },
  });
  return db.enrolment.findFirstOrThrow({
    where: { organisationId: world.tenantA.id, startupId: startup.id },
  });
}

/** A fresh enrolment of the target tenant with the actor (when they have an account) as its mentor. */
async function assignedEnrolment(actor: Actor) {
  const db = testDb();
  const enrolment = await createEnrolment(db, { organisationId: actor.targetOrganisationId });
  const assignment = await createMentorAssignment(db, {
    enrolmentId: enrolment.id,
    organisationId: enrolment.organisationId,
    ...(actor.userId ? { mentorId: actor.userId } : {}),
  });
  return { enrolment, assignment };
}

/** Scenarios for tests/authorization/matrix/cohort.ts, by `file#exportedName`. */
export const COHORT_SCENARIOS: Record<string, Scenario> = {
  "lib/actions/enrolments/enrol-startup.ts#enrolStartup": async (_world, actor) => {
    const application = await createApplication(testDb(), {
      organisationId: actor.targetOrganisationId,
      status: "ACCEPTED",
    });
    await createDecision(testDb(), {
      applicationId: application.id,
      organisationId: application.organisationId,
      outcome: "ACCEPTED",
    });
    return () =>
      enrolStartup({
        organisation: actor.organisationSlug,
        applicationId: application.id,
        startsOn: hongKongDate(0),
        supportNeeds: ["REGULATORY", "MANUFACTURING"],
        workingLanguages: ["en", "yue"],
      });
  },

  "lib/actions/enrolments/change-enrolment-status.ts#changeEnrolmentStatus": async (
    _world,
    actor,
  ) => {
    const enrolment = await createEnrolment(testDb(), {
      organisationId: actor.targetOrganisationId,
    });
    return () =>
      changeEnrolmentStatus({
        organisation: actor.organisationSlug,
        enrolmentId: enrolment.id,
        to: "GRADUATED",
        reason: "Closed a HK$78M Series A and moved to its own premises.",
      });
  },

  "lib/actions/enrolments/update-support-plan.ts#updateSupportPlan": async (_world, actor) => {
    const enrolment = await createEnrolment(testDb(), {
      organisationId: actor.targetOrganisationId,
    });
    return () =>
      updateSupportPlan({
        organisation: actor.organisationSlug,
        enrolmentId: enrolment.id,
        supportNeeds: ["CLINICAL"],
        workingLanguages: ["cmn"],
      });
  },

  "lib/actions/mentors/update-mentor-profile.ts#updateMentorProfile": async (_world, actor) => {
    return () =>
      updateMentorProfile({
        organisation: actor.organisationSlug,
        headline: "CMC and GMP manufacturing lead",
        bio: "",
        expertise: ["MANUFACTURING", "SCALE_UP"],
        therapeuticAreas: ["CELL_GENE_THERAPY"],
        languages: ["en", "yue"],
        capacity: 4,
      });
  },

  "lib/actions/mentors/assign-mentor.ts#assignMentor": async (_world, actor) => {
    const enrolment = await createEnrolment(testDb(), {
      organisationId: actor.targetOrganisationId,
    });
    const mentor = await createMember(testDb(), {
      organisationId: actor.targetOrganisationId,
      role: "MENTOR",
    });
    return () =>
      assignMentor({
        organisation: actor.organisationSlug,
        enrolmentId: enrolment.id,
        mentorId: mentor.user.id,
      });
  },

  "lib/actions/mentors/end-mentor-assignment.ts#endMentorAssignment": async (_world, actor) => {
    const assignment = await createMentorAssignment(testDb(), {
      organisationId: actor.targetOrganisationId,
    });
    return () =>
      endMentorAssignment({ organisation: actor.organisationSlug, assignmentId: assignment.id });
  },

  "lib/actions/coaching/schedule-session.ts#scheduleSession": async (_world, actor) => {
    const { enrolment } = await assignedEnrolment(actor);
    return () =>
      scheduleSession({
        organisation: actor.organisationSlug,
        enrolmentId: enrolment.id,
        date: hongKongDate(7),
        time: "10:00",
        durationMinutes: 60,
        mode: "VIDEO",
        topics: ["REGULATORY"],
        agenda: "Pre-IND briefing package: CMC section.",
      });
  },

  "lib/actions/coaching/log-session.ts#logSession": async (_world, actor) => {
    const { enrolment } = await assignedEnrolment(actor);
    return () =>
      logSession({
        organisation: actor.organisationSlug,
        enrolmentId: enrolment.id,
        date: hongKongDate(-1),
        time: "14:30",
        durationMinutes: 90,
        mode: "IN_PERSON",
        topics: ["MANUFACTURING"],
        sharedNotes: "Walked through the tech-transfer plan for the CDMO.",
        privateNotes: "Team underestimates the comparability work.",
        assessmentRating: 3,
        assessmentComment: "On plan, CMC budget thin.",
        actionItems: [
          { description: "Send the CDMO shortlist", ownerSide: "STARTUP", dueOn: hongKongDate(14) },
        ],
      });
  },

  "lib/actions/coaching/cancel-session.ts#cancelSession": async (_world, actor) => {
    const { assignment } = await assignedEnrolment(actor);
    const session = await createCoachingSession(testDb(), {
      assignmentId: assignment.id,
      status: "SCHEDULED",
    });
    return () => cancelSession({ organisation: actor.organisationSlug, sessionId: session.id });
  },

  "lib/actions/coaching/confirm-session.ts#confirmSession": async (world, actor) => {
    const enrolment = await targetEnrolment(world, actor);
    const session = await createCoachingSession(testDb(), {
      enrolmentId: enrolment.id,
      organisationId: enrolment.organisationId,
      status: "LOGGED",
      startsAt: new Date(Date.now() - 86_400_000),
      sharedNotes: "Agreed the pre-IND question list.",
    });
    return () => confirmSession({ organisation: actor.organisationSlug, sessionId: session.id });
  },

  // Each side ticks its own: the start-up member a start-up item under its enrolment, any other
  // principal a mentor item of a session they lead with a start-up assigned to them.
  "lib/actions/coaching/complete-action-item.ts#completeActionItem": async (world, actor) => {
    const isStartup = actor === world.actors["startup-member"];
    const session = isStartup
      ? await (async () => {
          const enrolment = await targetEnrolment(world, actor);
          return createCoachingSession(testDb(), {
            enrolmentId: enrolment.id,
            organisationId: enrolment.organisationId,
            status: "LOGGED",
          });
        })()
      : await (async () => {
          const { assignment } = await assignedEnrolment(actor);
          return createCoachingSession(testDb(), { assignmentId: assignment.id, status: "LOGGED" });
        })();
    const item = await createActionItem(testDb(), {
      coachingSessionId: session.id,
      ownerSide: isStartup ? "STARTUP" : "MENTOR",
    });
    return () =>
      completeActionItem({
        organisation: actor.organisationSlug,
        actionItemId: item.id,
        isDone: true,
      });
  },
};
