import { describe, expect, it } from "vitest";
import { getProgrammeBudget } from "@/lib/data/grants/get-programme-budget";
import { getProgrammeMoney } from "@/lib/data/grants/get-programme-money";
import { parseGrantListFilters } from "@/lib/data/grants/grant-list-filters";
import { listGrantsPage } from "@/lib/data/grants/list-grants-page";
import { listProgrammeBudgets } from "@/lib/data/grants/list-programme-budgets";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createEnrolment } from "../../factories/enrolments";
import { createDisbursement, createGrantWithBuckets } from "../../factories/grants";
import { createOperator, createStartup } from "../../factories/organisations";
import { createIncuBioFundingBuckets, createProgramme } from "../../factories/programmes";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";

/** A grant for a new start-up named `name` in `programmeId`, with its Incu-Bio buckets. */
async function grantFor(
  organisationId: string,
  programmeId: string,
  name: string,
  grant: { approvedTotalCents?: bigint; status?: "ACTIVE" | "CLOSED" } = {},
) {
  const db = testDb();
  const startup = await createStartup(db, { name, nameZh: `${name}（中文）` });
  const enrolment = await createEnrolment(db, {
    organisationId,
    programmeId,
    startupId: startup.id,
  });
  return createGrantWithBuckets(db, { organisationId, enrolmentId: enrolment.id, ...grant });
}

async function buildBudgetWorld() {
  const db = testDb();
  const operator = await createOperator(db);
  const other = await createOperator(db);
  const officer = await createMember(db, {
    organisationId: operator.id,
    role: "PROGRAMME_OFFICER",
  });
  const founderStartup = await createStartup(db);
  const founder = (
    await createMember(db, { organisationId: founderStartup.id, role: "STARTUP_MEMBER" })
  ).user.id;
  const incuBio = await createProgramme(db, { organisationId: operator.id, name: "Incu-Bio" });
  const coInc = await createProgramme(db, { organisationId: operator.id, name: "Co-incubation" });
  const foreign = await createProgramme(db, { organisationId: other.id });
  for (const programme of [incuBio, coInc, foreign])
    await createIncuBioFundingBuckets(db, programme);

  // Money in every state, a grant below its buckets' caps and a closed grant.
  const full = await grantFor(operator.id, incuBio.id, "Alpha Bio");
  const capped = await grantFor(operator.id, incuBio.id, "Beta Bio", {
    approvedTotalCents: 500_000_000n,
  });
  // Closed after its tranches: a closed grant takes no new request.
  const closed = await grantFor(operator.id, incuBio.id, "Gamma Bio");
  const inCoInc = await grantFor(operator.id, coInc.id, "Delta Bio");
  await grantFor(other.id, foreign.id, "Foreign Bio");
  const tranche = (bucketId: string, status: string, amountCents: bigint) =>
    createDisbursement(db, {
      bucketId,
      requestedById: founder,
      status: status as "REQUESTED",
      amountCents,
    });
  for (const grant of [full, capped, closed, inCoInc]) {
    const [subsidy, upfront] = grant.buckets;
    await tranche(subsidy!.id, "PAID", 12_000_000n);
    await tranche(upfront!.id, "APPROVED", 3_450_000n);
    await tranche(upfront!.id, "FINANCE_APPROVED", 1_000_001n);
    await tranche(upfront!.id, "REQUESTED", 777_700n);
    await tranche(subsidy!.id, "REJECTED", 9_999_900n);
  }
  await db.grant.update({ where: { id: closed.grant.id }, data: { status: "CLOSED" } });
  return { operator, other, officer, incuBio, coInc, full, capped, closed, inCoInc };
}

type World = Awaited<ReturnType<typeof buildBudgetWorld>>;
const asOfficer = <T>(world: World, fn: () => Promise<T>) =>
  runWithTenant({ userId: world.officer.user.id, organisationId: world.operator.id }, fn);

// Dozens of rows per test (to cross a page), seeded on a machine shared with other suites.
const SLOW = 120_000;

describe("programme budgets summed by SQL", () => {
  it(
    "match the totals computed grant by grant, closed and capped grants included",
    async () => {
      const world = await buildBudgetWorld();
      const budgets = await asOfficer(world, () => listProgrammeBudgets(world.operator.id));
      expect(budgets.map((budget) => budget.programmeName).sort()).toEqual([
        "Co-incubation",
        "Incu-Bio",
      ]);
      for (const budget of budgets) {
        const computed = await asOfficer(world, () =>
          getProgrammeBudget(world.operator.id, budget.programmeId),
        );
        expect(budget.totals).toEqual(computed!.totals);
        expect(budget.grantCount).toBe(computed!.grants.length);
        const money = await asOfficer(world, () =>
          getProgrammeMoney(world.operator.id, budget.programmeId),
        );
        expect(money!.totals).toEqual(computed!.totals);
      }
      const incuBio = budgets.find((budget) => budget.programmeId === world.incuBio.id)!;
      expect(incuBio.totals.paidCents).toBe(36_000_000n);
      expect(incuBio.totals.releasedCents).toBeGreaterThan(0n);
      expect(
        await asOfficer(world, () => getProgrammeMoney(world.operator.id, "no-such-programme")),
      ).toBeNull();
    },
    SLOW,
  );
});

describe("the grants list", () => {
  it(
    "pages by start-up name with ties, filters by programme and name, and stays in the operator",
    async () => {
      const world = await buildBudgetWorld();
      const extra = [];
      for (let index = 0; index < 52; index += 1) {
        extra.push(
          await grantFor(world.operator.id, world.coInc.id, index % 2 ? "Same Name" : "Zeta"),
        );
      }
      const pages = [];
      let cursor: string | null = null;
      do {
        const filters = parseGrantListFilters(cursor ? { cursor } : {});
        pages.push(await asOfficer(world, () => listGrantsPage(world.operator.id, filters)));
        cursor = pages.at(-1)!.nextCursor;
      } while (cursor && pages.length < 5);
      expect(pages.map((page) => page.items.length)).toEqual([50, 6]);
      const rows = pages.flatMap((page) => page.items);
      expect(new Set(rows.map((row) => row.id)).size).toBe(56);
      expect(pages[0]!.totalCount).toBe(56);
      const names = rows.map((row) => row.enrolment.startup.name);
      expect(names.slice(0, 4)).toEqual(["Alpha Bio", "Beta Bio", "Delta Bio", "Gamma Bio"]);
      const alpha = rows.find((row) => row.id === world.full.grant.id)!;
      expect(alpha.totals).toMatchObject({
        paidCents: 12_000_000n,
        approvedCents: 4_450_001n,
        requestedCents: 777_700n,
      });
      expect(rows.find((row) => row.id === world.closed.grant.id)!.totals.remainingCents).toBe(0n);

      const inIncuBio = await asOfficer(world, () =>
        listGrantsPage(world.operator.id, parseGrantListFilters({ programme: world.incuBio.id })),
      );
      expect(inIncuBio.items.map((row) => row.id).sort()).toEqual(
        [world.full.grant.id, world.capped.grant.id, world.closed.grant.id].sort(),
      );
      const byChineseName = await asOfficer(world, () =>
        listGrantsPage(world.operator.id, parseGrantListFilters({ q: "Beta Bio（中文）" })),
      );
      expect(byChineseName.items.map((row) => row.id)).toEqual([world.capped.grant.id]);
      const foreign = await asOfficer(world, () =>
        listGrantsPage(world.operator.id, parseGrantListFilters({ q: "Foreign" })),
      );
      expect(foreign.totalCount).toBe(0);
    },
    SLOW,
  );
});
