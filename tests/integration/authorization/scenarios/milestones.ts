import { addMilestonesFromTemplates } from "@/lib/actions/milestones/add-milestones-from-templates";
import { assessMilestone } from "@/lib/actions/milestones/assess-milestone";
import { createMilestone } from "@/lib/actions/milestones/create-milestone";
import { delayMilestone } from "@/lib/actions/milestones/delay-milestone";
import { markMilestoneMissed } from "@/lib/actions/milestones/mark-milestone-missed";
import { removeMilestone } from "@/lib/actions/milestones/remove-milestone";
import { reorderMilestones } from "@/lib/actions/milestones/reorder-milestones";
import { signOffMilestone } from "@/lib/actions/milestones/sign-off-milestone";
import { startMilestone } from "@/lib/actions/milestones/start-milestone";
import { submitMilestoneEvidence } from "@/lib/actions/milestones/submit-milestone-evidence";
import { updateMilestone } from "@/lib/actions/milestones/update-milestone";
import { grantConsent } from "@/lib/actions/consent/grant-consent";
import { withdrawConsent } from "@/lib/actions/consent/withdraw-consent";
import type { MilestoneStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createMentorAssignment } from "../../../factories/coaching";
import { createEnrolment } from "../../../factories/enrolments";
import {
  createMilestone as createMilestoneRow,
  createMilestoneTemplate,
} from "../../../factories/milestones";
import { daysFrom, hongKongDay } from "../../../factories/sequence";
import { testDb } from "../../../setup/test-database";
import type { Scenario } from "../scenarios";
import type { Actor, World } from "../world";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The enrolment an actor's scenario targets: tenant A's cohort start-up (the start-up member's
 * own), or a new enrolment of tenant B for the admin who names another tenant's records.
 */
async function targetEnrolment(world: World, actor: Actor) {
  const db = testDb();
  if (actor.targetOrganisationId !== world.tenantA.id) {
    return createEnrolment(db, { organisationId: actor.targetOrganisationId });
  }
  return db.enrolment.findFirstOrThrow({
    where: {
      organisationId: world.tenantA.id,
      startup: { slug: world.actors["startup-member"].organisationSlug },
    },
  });
}

/** A fresh milestone of the target enrolment in `status`. */
async function targetMilestone(
  world: World,
  actor: Actor,
  status: MilestoneStatus,
  overrides: Partial<Prisma.MilestoneUncheckedCreateInput> = {},
) {
  const enrolment = await targetEnrolment(world, actor);
  return createMilestoneRow(testDb(), {
    enrolmentId: enrolment.id,
    organisationId: enrolment.organisationId,
    status,
    ...overrides,
  });
}

/** Tenant A's co-incubation programme, its entitled partner and the cohort start-up. */
async function consentScope(world: World) {
  const db = testDb();
  const link = await db.programmePartner.findFirstOrThrow({
    where: {
      organisationId: world.tenantA.id,
      partner: { slug: world.actors["partner-entitled"].organisationSlug },
    },
    select: { programmeId: true, partnerId: true, organisationId: true },
  });
  const startup = await db.organisation.findUniqueOrThrow({
    where: { slug: world.actors["startup-member"].organisationSlug },
    select: { id: true },
  });
  return { ...link, startupId: startup.id };
}

/** Scenarios for tests/authorization/matrix/milestones.ts, by `file#exportedName`. */
export const MILESTONE_SCENARIOS: Record<string, Scenario> = {
  "lib/actions/milestones/create-milestone.ts#createMilestone": async (world, actor) => {
    const enrolment = await targetEnrolment(world, actor);
    return () =>
      createMilestone({
        organisation: actor.organisationSlug,
        enrolmentId: enrolment.id,
        category: "PRECLINICAL",
        title: "GLP toxicology in two species completed",
        dueOn: isoDay(daysFrom(hongKongDay(), 200)),
      });
  },

  "lib/actions/milestones/add-milestones-from-templates.ts#addMilestonesFromTemplates": async (
    world,
    actor,
  ) => {
    const enrolment = await targetEnrolment(world, actor);
    const template = await createMilestoneTemplate(testDb(), { category: "REGULATORY" });
    return () =>
      addMilestonesFromTemplates({
        organisation: actor.organisationSlug,
        enrolmentId: enrolment.id,
        items: [{ templateId: template.id }],
      });
  },

  "lib/actions/milestones/update-milestone.ts#updateMilestone": async (world, actor) => {
    const milestone = await targetMilestone(world, actor, "PLANNED");
    return () =>
      updateMilestone({
        organisation: actor.organisationSlug,
        milestoneId: milestone.id,
        category: "CLINICAL",
        title: "First patient dosed at Queen Mary Hospital",
        dueOn: isoDay(daysFrom(hongKongDay(), 400)),
      });
  },

  "lib/actions/milestones/reorder-milestones.ts#reorderMilestones": async (world, actor) => {
    const enrolment = await targetEnrolment(world, actor);
    await targetMilestone(world, actor, "PLANNED");
    const plan = await testDb().milestone.findMany({
      where: { enrolmentId: enrolment.id },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    return () =>
      reorderMilestones({
        organisation: actor.organisationSlug,
        enrolmentId: enrolment.id,
        milestoneIds: plan.map((milestone) => milestone.id).reverse(),
      });
  },

  "lib/actions/milestones/remove-milestone.ts#removeMilestone": async (world, actor) => {
    const milestone = await targetMilestone(world, actor, "PLANNED");
    return () =>
      removeMilestone({ organisation: actor.organisationSlug, milestoneId: milestone.id });
  },

  "lib/actions/milestones/start-milestone.ts#startMilestone": async (world, actor) => {
    const milestone = await targetMilestone(world, actor, "PLANNED");
    return () =>
      startMilestone({ organisation: actor.organisationSlug, milestoneId: milestone.id });
  },

  "lib/actions/milestones/delay-milestone.ts#delayMilestone": async (world, actor) => {
    const milestone = await targetMilestone(world, actor, "IN_PROGRESS");
    return () =>
      delayMilestone({
        organisation: actor.organisationSlug,
        milestoneId: milestone.id,
        reason: "The CRO moved the study slot by six weeks.",
        dueOn: isoDay(daysFrom(hongKongDay(), 150)),
      });
  },

  "lib/actions/milestones/submit-milestone-evidence.ts#submitMilestoneEvidence": async (
    world,
    actor,
  ) => {
    const milestone = await targetMilestone(world, actor, "IN_PROGRESS");
    return () =>
      submitMilestoneEvidence({
        organisation: actor.organisationSlug,
        milestoneId: milestone.id,
        note: "Final GLP study report from the CRO, audited by QA.",
      });
  },

  "lib/actions/milestones/assess-milestone.ts#assessMilestone": async (world, actor) => {
    const milestone = await targetMilestone(world, actor, "SUBMITTED", { submittedAt: new Date() });
    return () =>
      assessMilestone({
        organisation: actor.organisationSlug,
        milestoneId: milestone.id,
        outcome: "ACCEPT",
      });
  },

  "lib/actions/milestones/mark-milestone-missed.ts#markMilestoneMissed": async (world, actor) => {
    const milestone = await targetMilestone(world, actor, "IN_PROGRESS");
    return () =>
      markMilestoneMissed({
        organisation: actor.organisationSlug,
        milestoneId: milestone.id,
        reason: "The company chose an NMPA-first strategy instead.",
      });
  },

  // The acting principal is assigned as the start-up's mentor: only the mentor role signs off.
  "lib/actions/milestones/sign-off-milestone.ts#signOffMilestone": async (world, actor) => {
    const milestone = await targetMilestone(world, actor, "SUBMITTED", {
      requiresMentorSignOff: true,
      submittedAt: new Date(),
    });
    if (actor.userId) {
      await createMentorAssignment(testDb(), {
        enrolmentId: milestone.enrolmentId,
        organisationId: milestone.organisationId,
        mentorId: actor.userId,
      });
    }
    return () =>
      signOffMilestone({ organisation: actor.organisationSlug, milestoneId: milestone.id });
  },

  "lib/actions/consent/grant-consent.ts#grantConsent": async (world, actor) => {
    const scope = await consentScope(world);
    await testDb().dataSharingConsent.updateMany({
      where: {
        programmeId: scope.programmeId,
        startupId: scope.startupId,
        partnerId: scope.partnerId,
      },
      data: { withdrawnAt: new Date() },
    });
    return () =>
      grantConsent({
        organisation: actor.organisationSlug,
        programmeId: scope.programmeId,
        partnerId: scope.partnerId,
        category: "MILESTONES",
      });
  },

  "lib/actions/consent/withdraw-consent.ts#withdrawConsent": async (world, actor) => {
    const scope = await consentScope(world);
    const db = testDb();
    const key = {
      programmeId: scope.programmeId,
      startupId: scope.startupId,
      partnerId: scope.partnerId,
      category: "DOCUMENTS" as const,
    };
    const existing = await db.dataSharingConsent.findFirst({ where: key });
    if (existing) {
      await db.dataSharingConsent.update({
        where: { id: existing.id },
        data: { withdrawnAt: null },
      });
    } else {
      const founder = await db.membership.findFirstOrThrow({
        where: { organisationId: scope.startupId },
        select: { userId: true },
      });
      await db.dataSharingConsent.create({
        data: { ...key, organisationId: scope.organisationId, grantedById: founder.userId },
      });
    }
    return () =>
      withdrawConsent({
        organisation: actor.organisationSlug,
        programmeId: scope.programmeId,
        partnerId: scope.partnerId,
        category: "DOCUMENTS",
      });
  },
};
