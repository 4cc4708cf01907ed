import { describe, expect, it } from "vitest";
import { runSeed } from "../../../prisma/seed";
import { DEMO_ACCOUNTS } from "../../../prisma/seed/demo-accounts";
import { testDb } from "../../setup/test-database";

async function countRows() {
  const db = testDb();
  return {
    organisations: await db.organisation.count(),
    users: await db.user.count(),
    applications: await db.application.count(),
    milestones: await db.milestone.count(),
    disbursements: await db.disbursement.count(),
    coachingSessions: await db.coachingSession.count(),
  };
}

describe("demo seed", () => {
  it("seeds once and a second run duplicates nothing", async () => {
    const url = process.env.DATABASE_URL ?? "";
    await runSeed(url);
    const first = await countRows();
    await runSeed(url);
    expect(await countRows()).toEqual(first);
    expect(first.organisations).toBeGreaterThanOrEqual(30);
  }, 60_000);

  it("has every demo account, each with somewhere to land", async () => {
    const users = await testDb().user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } },
      include: { memberships: true },
    });
    expect(users).toHaveLength(DEMO_ACCOUNTS.length);
    for (const user of users) {
      expect(user.isPlatformAdmin || user.memberships.length > 0).toBe(true);
    }
  });

  it("covers every application, milestone and disbursement status", async () => {
    const db = testDb();
    const applicationStatuses = await db.application.groupBy({ by: ["status"] });
    const milestoneStatuses = await db.milestone.groupBy({ by: ["status"] });
    const disbursementStatuses = await db.disbursement.groupBy({ by: ["status"] });
    expect(applicationStatuses).toHaveLength(8);
    expect(milestoneStatuses).toHaveLength(6);
    expect(disbursementStatuses).toHaveLength(5);
  });

  it("never lets a bucket's approved and paid tranches exceed its cap", async () => {
    const overspent = await testDb().$queryRaw<{ id: string }[]>`
      select b.id from "GrantBucket" b
      join "Disbursement" d on d."bucketId" = b.id and d.status in ('APPROVED', 'FINANCE_APPROVED', 'PAID')
      group by b.id, b."capCents" having sum(d."amountCents") > b."capCents"`;
    expect(overspent).toEqual([]);
  });

  it("keeps maker-checker: the approver is never the requester, finance never the first approver", async () => {
    const violations = await testDb().$queryRaw<{ id: string }[]>`
      select id from "Disbursement"
      where "approvedById" = "requestedById" or "financeApprovedById" = "approvedById"
         or "financeApprovedById" = "requestedById"`;
    expect(violations).toEqual([]);
  });

  it("keeps every grant within its programme's cap", async () => {
    const above = await testDb().$queryRaw<{ id: string }[]>`
      select g.id from "Grant" g join "Enrolment" e on e.id = g."enrolmentId"
      join "Programme" p on p.id = e."programmeId" where g."approvedTotalCents" > p."fundingCapCents"`;
    expect(above).toEqual([]);
  });
});
