import { approveDisbursement } from "@/lib/actions/disbursements/approve-disbursement";
import { financeApproveDisbursement } from "@/lib/actions/disbursements/finance-approve-disbursement";
import { markDisbursementPaid } from "@/lib/actions/disbursements/mark-disbursement-paid";
import { rejectDisbursement } from "@/lib/actions/disbursements/reject-disbursement";
import { requestDisbursement } from "@/lib/actions/disbursements/request-disbursement";
import { awardGrant } from "@/lib/actions/grants/award-grant";
import { hongKongToday } from "@/lib/domain/dates";
import type { DisbursementStatus } from "@/lib/generated/prisma/enums";
import { createEnrolment } from "../../../factories/enrolments";
import { createDisbursement, createGrantWithBuckets } from "../../../factories/grants";
import { createStartup } from "../../../factories/organisations";
import { createIncuBioFundingBuckets, createProgramme } from "../../../factories/programmes";
import { createMember } from "../../../factories/users";
import { testDb } from "../../../setup/test-database";
import type { Scenario } from "../scenarios";
import type { Actor, World } from "../world";

/** The world's cohort start-up (the startup-member principal's own organisation). */
async function cohortStartupId(world: World): Promise<string> {
  const startup = await testDb().organisation.findUniqueOrThrow({
    where: { slug: world.actors["startup-member"].organisationSlug },
    select: { id: true },
  });
  return startup.id;
}

/**
 * A grant (Incu-Bio buckets) of the actor's target tenant, held by the world's cohort start-up
 * through a new enrolment, so the startup-member principal asks for its own grant.
 */
async function targetGrant(world: World, actor: Actor) {
  const db = testDb();
  const startupId = await cohortStartupId(world);
  const enrolment = await createEnrolment(db, {
    organisationId: actor.targetOrganisationId,
    startupId,
  });
  const { grant, buckets } = await createGrantWithBuckets(db, {
    organisationId: actor.targetOrganisationId,
    enrolmentId: enrolment.id,
  });
  const subsidy = buckets.find((bucket) => bucket.code === "SUBSIDY")!;
  const founder = await createMember(db, { organisationId: startupId, role: "STARTUP_MEMBER" });
  return { grant, subsidy, founderId: founder.user.id };
}

/** A subsidy tranche of a target grant in `status` (earlier signatures by other people). */
async function targetTranche(world: World, actor: Actor, status: DisbursementStatus) {
  const { subsidy, founderId } = await targetGrant(world, actor);
  return createDisbursement(testDb(), {
    bucketId: subsidy.id,
    requestedById: founderId,
    status,
    amountCents: 4_000_000n,
    version: { REQUESTED: 0, APPROVED: 1, FINANCE_APPROVED: 2, PAID: 3, REJECTED: 1 }[status],
  });
}

/** Scenarios for tests/authorization/matrix/grants.ts, by `file#exportedName`. */
export const GRANT_SCENARIOS: Record<string, Scenario> = {
  "lib/actions/grants/award-grant.ts#awardGrant": async (_world, actor) => {
    const db = testDb();
    const programme = await createProgramme(db, { organisationId: actor.targetOrganisationId });
    const buckets = await createIncuBioFundingBuckets(db, programme);
    const enrolment = await createEnrolment(db, {
      organisationId: actor.targetOrganisationId,
      programmeId: programme.id,
      startupId: (await createStartup(db)).id,
    });
    return () =>
      awardGrant({
        organisation: actor.organisationSlug,
        enrolmentId: enrolment.id,
        buckets: buckets.map((bucket) => ({ programmeBucketId: bucket.id, amount: "100,000" })),
      });
  },

  "lib/actions/disbursements/request-disbursement.ts#requestDisbursement": async (world, actor) => {
    const { grant, subsidy } = await targetGrant(world, actor);
    return () =>
      requestDisbursement({
        organisation: actor.organisationSlug,
        grantId: grant.id,
        bucketId: subsidy.id,
        amount: "40,000",
        purpose: "Financial subsidy: December 2026 to February 2027",
        idempotencyKey: crypto.randomUUID(),
      });
  },

  "lib/actions/disbursements/approve-disbursement.ts#approveDisbursement": async (world, actor) => {
    const tranche = await targetTranche(world, actor, "REQUESTED");
    return () =>
      approveDisbursement({
        organisation: actor.organisationSlug,
        disbursementId: tranche.id,
        version: 0,
      });
  },

  "lib/actions/disbursements/finance-approve-disbursement.ts#financeApproveDisbursement": async (
    world,
    actor,
  ) => {
    const tranche = await targetTranche(world, actor, "APPROVED");
    return () =>
      financeApproveDisbursement({
        organisation: actor.organisationSlug,
        disbursementId: tranche.id,
        version: 1,
      });
  },

  "lib/actions/disbursements/mark-disbursement-paid.ts#markDisbursementPaid": async (
    world,
    actor,
  ) => {
    const tranche = await targetTranche(world, actor, "FINANCE_APPROVED");
    return () =>
      markDisbursementPaid({
        organisation: actor.organisationSlug,
        disbursementId: tranche.id,
        version: 2,
        paymentReference: "HKSTP-PV-202611-00999",
        paidOn: hongKongToday().toISOString().slice(0, 10),
      });
  },

  "lib/actions/disbursements/reject-disbursement.ts#rejectDisbursement": async (world, actor) => {
    const tranche = await targetTranche(world, actor, "APPROVED");
    return () =>
      rejectDisbursement({
        organisation: actor.organisationSlug,
        disbursementId: tranche.id,
        version: 1,
        reason: "The invoice is addressed to the founder personally, not the company.",
      });
  },
};
