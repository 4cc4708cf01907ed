import { beforeEach, describe, expect, it, vi } from "vitest";
import { awardGrant } from "@/lib/actions/grants/award-grant";
import { createEnrolment } from "../../factories/enrolments";
import { createOperator, createStartup } from "../../factories/organisations";
import { createIncuBioFundingBuckets, createProgramme } from "../../factories/programmes";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { auditEventsOf } from "../members/session-user";
import { actAs, sessions } from "./grants-world";

vi.mock("@/lib/auth/session", async () => ({
  getCurrentUser: async () => (await import("./grants-world")).currentSession(),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

beforeEach(() => {
  sessions.current = null;
});

async function awardWorld() {
  const db = testDb();
  const operator = await createOperator(db);
  const programme = await createProgramme(db, { organisationId: operator.id });
  const buckets = await createIncuBioFundingBuckets(db, programme);
  const startup = await createStartup(db);
  const founder = await createMember(db, { organisationId: startup.id, role: "STARTUP_MEMBER" });
  const enrolment = await createEnrolment(db, {
    organisationId: operator.id,
    programmeId: programme.id,
    startupId: startup.id,
  });
  const officer = await createMember(db, {
    organisationId: operator.id,
    role: "PROGRAMME_OFFICER",
  });
  return { operator, programme, buckets, startup, founder, enrolment, officer };
}

describe("awardGrant", () => {
  it("copies the programme's buckets with the awarded amounts and tells the start-up", async () => {
    const world = await awardWorld();
    const result = await actAs(world.officer.user.id, () =>
      awardGrant({
        organisation: world.operator.slug,
        enrolmentId: world.enrolment.id,
        buckets: [
          { programmeBucketId: world.buckets[0]!.id, amount: "640,000" },
          { programmeBucketId: world.buckets[1]!.id, amount: "3,000,000.50" },
          { programmeBucketId: world.buckets[2]!.id, amount: "0" },
        ],
      }),
    );
    expect(result.serverError).toBeUndefined();
    const grant = await testDb().grant.findUniqueOrThrow({
      where: { enrolmentId: world.enrolment.id },
      include: { buckets: { orderBy: { code: "asc" } } },
    });
    expect(grant.approvedTotalCents).toBe(364_000_050n);
    expect(grant.buckets.map((b) => [b.code, b.capCents, b.evidenceRule])).toEqual([
      ["SUBSIDY", 64_000_000n, "NONE"],
      ["UPFRONT", 300_000_050n, "PAYMENT_PROOF"],
    ]);
    expect(await auditEventsOf("grant.award", world.officer.user.id)).toHaveLength(1);
    expect(
      await testDb().notification.count({
        where: { userId: world.founder.user.id, kind: "DISBURSEMENT" },
      }),
    ).toBe(1);
  });

  it("refuses a bucket above its programme cap and a second grant for the same enrolment", async () => {
    const world = await awardWorld();
    const full = world.buckets.map((bucket) => ({
      programmeBucketId: bucket.id,
      amount: (bucket.capCents / 100n).toString(),
    }));
    const tooMuch = await actAs(world.officer.user.id, () =>
      awardGrant({
        organisation: world.operator.slug,
        enrolmentId: world.enrolment.id,
        buckets: full.map((bucket, index) =>
          index === 0 ? { ...bucket, amount: "640,000.01" } : bucket,
        ),
      }),
    );
    expect(tooMuch.serverError).toMatchObject({ code: "INVALID" });
    expect((tooMuch.serverError as { message: string }).message).toMatch(
      /Financial subsidy can be at most HK\$640,000.00/,
    );

    const first = await actAs(world.officer.user.id, () =>
      awardGrant({
        organisation: world.operator.slug,
        enrolmentId: world.enrolment.id,
        buckets: full,
      }),
    );
    expect(first.serverError).toBeUndefined();
    const second = await actAs(world.officer.user.id, () =>
      awardGrant({
        organisation: world.operator.slug,
        enrolmentId: world.enrolment.id,
        buckets: full,
      }),
    );
    expect(second.serverError).toMatchObject({ code: "CONFLICT" });
    expect(await testDb().grant.count({ where: { enrolmentId: world.enrolment.id } })).toBe(1);
  });

  it("refuses a total above the programme's cap", async () => {
    const world = await awardWorld();
    await testDb().programme.update({
      where: { id: world.programme.id },
      data: { fundingCapCents: 100_000_000n },
    });
    const result = await actAs(world.officer.user.id, () =>
      awardGrant({
        organisation: world.operator.slug,
        enrolmentId: world.enrolment.id,
        buckets: world.buckets.map((bucket) => ({
          programmeBucketId: bucket.id,
          amount: "600,000",
        })),
      }),
    );
    expect(result.serverError).toMatchObject({ code: "INVALID" });
    expect((result.serverError as { message: string }).message).toMatch(
      /above .*cap of HK\$1,000,000.00/,
    );
    expect(await testDb().grant.count({ where: { enrolmentId: world.enrolment.id } })).toBe(0);
  });
});
