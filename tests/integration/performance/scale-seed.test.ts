import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../../prisma/seed/demo-accounts";
import { loadScaleData, type ScaleResult, scalePlan } from "../../../scripts/scale/load";
import { testDb } from "../../setup/test-database";

// The scale data set (npm run seed:scale) at a fiftieth of its size: the counts it promises,
// loaded once only, and the invariants the app and the database rely on.

const FRACTION = 0.02;
let first: ScaleResult;
let before: Record<string, number>;

async function count(table: string): Promise<number> {
  const [row] = await testDb().$queryRawUnsafe<{ count: bigint }[]>(
    `select count(*) from "${table}"`,
  );
  return Number(row?.count ?? 0);
}

/** Rows that break a rule: each query must return nothing. */
async function violations(sql: string): Promise<unknown[]> {
  return testDb().$queryRawUnsafe<unknown[]>(sql);
}

beforeAll(async () => {
  const url = process.env.DATABASE_URL ?? "";
  const { runSeed } = await import("../../../prisma/seed");
  await runSeed(url);
  before = {};
  for (const table of [
    "Programme",
    "Application",
    "Review",
    "Milestone",
    "CoachingSession",
    "Disbursement",
  ]) {
    before[table] = await count(table);
  }
  first = await loadScaleData(url, { fraction: FRACTION });
}, 300_000);

describe("the scale data set", () => {
  it("adds the planned rows on top of the demo data", async () => {
    expect(first.status).toBe("loaded");
    const plan = scalePlan(FRACTION);
    expect((await count("Application")) - before.Application!).toBe(plan.applications);
    expect((await count("Review")) - before.Review!).toBe(plan.reviews);
    expect((await count("Milestone")) - before.Milestone!).toBe(plan.milestones);
    expect((await count("CoachingSession")) - before.CoachingSession!).toBe(plan.coachingSessions);
    expect((await count("Disbursement")) - before.Disbursement!).toBe(plan.disbursements);
    const operators = await testDb().organisation.count({ where: { kind: "OPERATOR" } });
    expect(operators).toBe(3);
  });

  it("loads once: a second run changes nothing", async () => {
    const applications = await count("Application");
    expect(await loadScaleData(process.env.DATABASE_URL ?? "", { fraction: FRACTION })).toEqual({
      status: "already-loaded",
    });
    expect(await count("Application")).toBe(applications);
  });

  it("keeps every demo sign-in", async () => {
    const users = await testDb().user.count({
      where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } },
    });
    expect(users).toBe(DEMO_ACCOUNTS.length);
  });

  it("keeps the tenant column of every child row equal to its parent's", async () => {
    const pairs = [
      ["Application", "callId", "Call"],
      ["ReviewerAssignment", "applicationId", "Application"],
      ["Review", "assignmentId", "ReviewerAssignment"],
      ["ReviewScore", "reviewId", "Review"],
      ["Enrolment", "programmeId", "Programme"],
      ["MentorAssignment", "enrolmentId", "Enrolment"],
      ["CoachingSession", "enrolmentId", "Enrolment"],
      ["ActionItem", "coachingSessionId", "CoachingSession"],
      ["Milestone", "enrolmentId", "Enrolment"],
      ["Grant", "enrolmentId", "Enrolment"],
      ["GrantBucket", "grantId", "Grant"],
      ["Disbursement", "grantId", "Grant"],
    ] as const;
    for (const [child, key, parent] of pairs) {
      const wrong = await violations(
        `select c.id from "${child}" c join "${parent}" p on p.id = c."${key}"
         where c."organisationId" <> p."organisationId" limit 5`,
      );
      expect(wrong, `${child}.organisationId differs from its ${parent}'s`).toEqual([]);
    }
  });

  it("reviews only for the assigned reviewer, scored against the call's own rubric", async () => {
    expect(
      await violations(`select r.id from "Review" r join "ReviewerAssignment" a on a.id = r."assignmentId"
        where a."reviewerId" <> r."reviewerId" or a."applicationId" <> r."applicationId" limit 5`),
    ).toEqual([]);
    expect(
      await violations(`select s.id from "ReviewScore" s join "Review" r on r.id = s."reviewId"
        join "Application" a on a.id = r."applicationId" join "RubricCriterion" c on c.id = s."criterionId"
        join "ReviewRubric" rb on rb.id = c."rubricId" where rb."callId" <> a."callId" limit 5`),
    ).toEqual([]);
  });

  it("coaching sessions only with a mentor assigned to that enrolment", async () => {
    expect(
      await violations(`select s.id from "CoachingSession" s join "MentorAssignment" a on a.id = s."assignmentId"
        where a."mentorId" <> s."mentorId" or a."enrolmentId" <> s."enrolmentId" limit 5`),
    ).toEqual([]);
    expect(
      await violations(`select id from "CoachingSession" where "assignmentId" is null limit 5`),
    ).toEqual([]);
  });

  it("milestones for every enrolment of the scale set", async () => {
    expect(
      await violations(`select e.id from "Enrolment" e where e.id like 'csen%'
        and not exists (select 1 from "Milestone" m where m."enrolmentId" = e.id) limit 5`),
    ).toEqual([]);
  });

  it("never overspends a bucket, a grant or a programme cap", async () => {
    const committed = `d.status in ('APPROVED', 'FINANCE_APPROVED', 'PAID')`;
    expect(
      await violations(`select b.id from "GrantBucket" b join "Disbursement" d on d."bucketId" = b.id and ${committed}
        group by b.id having sum(d."amountCents") > b."capCents"`),
    ).toEqual([]);
    expect(
      await violations(`select g.id from "Grant" g join "Disbursement" d on d."grantId" = g.id and ${committed}
        group by g.id having sum(d."amountCents") > g."approvedTotalCents"`),
    ).toEqual([]);
    expect(
      await violations(`select g.id from "Grant" g join "Enrolment" e on e.id = g."enrolmentId"
        join "Programme" p on p.id = e."programmeId" where g."approvedTotalCents" > p."fundingCapCents"`),
    ).toEqual([]);
  });

  it("signs tranches maker-checker, gated ones only after an achieved milestone, with proof where needed", async () => {
    expect(
      await violations(`select d.id from "Disbursement" d
        where d."approvedById" = d."requestedById" or d."financeApprovedById" = d."approvedById"
           or d."paidById" = d."requestedById"
           or not exists (select 1 from "Membership" m join "Grant" g on g.id = d."grantId"
             join "Enrolment" e on e.id = g."enrolmentId"
             where m."userId" = d."requestedById" and m."organisationId" = e."startupId")`),
    ).toEqual([]);
    expect(
      await violations(`select d.id from "Disbursement" d join "GrantBucket" b on b.id = d."bucketId"
        left join "Milestone" m on m.id = d."gatingMilestoneId"
        where b."gatingMilestoneCategory" is not null and d.status in ('APPROVED', 'FINANCE_APPROVED', 'PAID')
          and (m.id is null or m.status <> 'ACHIEVED' or m.category <> b."gatingMilestoneCategory")`),
    ).toEqual([]);
    expect(
      await violations(`select d.id from "Disbursement" d join "GrantBucket" b on b.id = d."bucketId"
        where b."evidenceRule" = 'PAYMENT_PROOF' and d.status in ('APPROVED', 'FINANCE_APPROVED', 'PAID')
          and not exists (select 1 from "Attachment" a where a."disbursementId" = d.id)`),
    ).toEqual([]);
  });
});
