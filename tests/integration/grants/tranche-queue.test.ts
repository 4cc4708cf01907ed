import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/[org]/disbursements/export/route";
import { listDisbursementQueue } from "@/lib/data/grants/list-disbursement-queue";
import { parseTrancheQueueFilters } from "@/lib/data/grants/tranche-queue-filters";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createEnrolment } from "../../factories/enrolments";
import { createDisbursement, createGrantWithBuckets } from "../../factories/grants";
import { createIncuBioFundingBuckets, createProgramme } from "../../factories/programmes";
import { testDb } from "../../setup/test-database";
import { actAs, buildGrantsWorld, sessions, type GrantsWorld } from "./grants-world";

vi.mock("@/lib/auth/session", async () => ({
  getCurrentUser: async () => (await import("./grants-world")).currentSession(),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));

beforeEach(() => {
  sessions.current = null;
});

type Query = Record<string, string>;

/** Every page of the queue as `userId` sees it, following the cursors to the end. */
async function allPages(world: GrantsWorld, userId: string, role: MembershipRole, query: Query) {
  const pages = [];
  let cursor: string | null = null;
  do {
    const filters = parseTrancheQueueFilters(cursor ? { ...query, cursor } : query, role);
    const page = await runWithTenant({ userId, organisationId: world.operator.id }, () =>
      listDisbursementQueue(world.operator.id, filters, { userId, role }),
    );
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 10);
  return pages;
}

/** A second funded programme of the same operator, with its own start-up's grant. */
async function secondProgrammeGrant(world: GrantsWorld) {
  const db = testDb();
  const programme = await createProgramme(db, { organisationId: world.operator.id });
  await createIncuBioFundingBuckets(db, programme);
  const enrolment = await createEnrolment(db, {
    organisationId: world.operator.id,
    programmeId: programme.id,
    startupId: world.otherStartup.id,
  });
  const { buckets } = await createGrantWithBuckets(db, {
    organisationId: world.operator.id,
    enrolmentId: enrolment.id,
  });
  return { programme, bucket: buckets.find((bucket) => bucket.code === "UPFRONT")! };
}

// Dozens of rows per test (to cross a page), seeded on a machine shared with other suites.
const SLOW = 120_000;

describe("the tranche queue", () => {
  it(
    "pages 50 at a time with no row skipped or repeated when request times tie",
    async () => {
      const world = await buildGrantsWorld();
      const sameMoment = new Date("2026-11-02T02:00:00Z");
      const requested = [];
      for (let index = 0; index < 57; index += 1) {
        requested.push(
          await createDisbursement(testDb(), {
            bucketId: world.upfront.id,
            requestedById: world.founder.user.id,
            requestedAt: index < 40 ? sameMoment : new Date(sameMoment.getTime() + index * 1000),
            amountCents: BigInt(100_000 + index),
          }),
        );
      }
      await createDisbursement(testDb(), {
        bucketId: world.subsidy.id,
        requestedById: world.founder.user.id,
        status: "PAID",
      });

      const pages = await allPages(world, world.officer.user.id, "PROGRAMME_OFFICER", {});
      expect(pages.map((page) => page.items.length)).toEqual([50, 7]);
      const seen = pages.flatMap((page) => page.items.map((item) => item.id));
      expect(new Set(seen).size).toBe(57);
      expect([...seen].sort()).toEqual(requested.map((tranche) => tranche.id).sort());
      const sum = await testDb().disbursement.aggregate({
        where: { organisationId: world.operator.id, status: "REQUESTED" },
        _sum: { amountCents: true },
        _count: { _all: true },
      });
      expect(pages[0]!.totalCount).toBe(sum._count._all);
      expect(pages[0]!.totalCents).toBe(sum._sum.amountCents);
      expect(pages[1]!.totalCount).toBe(57);
    },
    SLOW,
  );

  it(
    "filters by status, programme and what waits for finance, and never shows another operator's",
    async () => {
      const world = await buildGrantsWorld();
      const second = await secondProgrammeGrant(world);
      const founder = world.founder.user.id;
      const inFirst = await createDisbursement(testDb(), {
        bucketId: world.upfront.id,
        requestedById: founder,
      });
      const inSecond = await createDisbursement(testDb(), {
        bucketId: second.bucket.id,
        requestedById: founder,
      });
      const approved = await createDisbursement(testDb(), {
        bucketId: world.subsidy.id,
        requestedById: founder,
        status: "APPROVED",
        approvedById: world.officer.user.id,
      });
      const signed = await createDisbursement(testDb(), {
        bucketId: world.subsidy.id,
        requestedById: founder,
        status: "FINANCE_APPROVED",
        approvedById: world.officer.user.id,
        financeApprovedById: world.secondFinance.user.id,
      });
      const paid = await createDisbursement(testDb(), {
        bucketId: world.subsidy.id,
        requestedById: founder,
        status: "PAID",
      });
      const ids = async (userId: string, role: MembershipRole, query: Query) =>
        (await allPages(world, userId, role, query))
          .flatMap((page) => page.items.map((item) => item.id))
          .sort();
      const officer = world.officer.user.id;
      const finance = world.finance.user.id;

      expect(await ids(officer, "PROGRAMME_OFFICER", { programme: second.programme.id })).toEqual([
        inSecond.id,
      ]);
      expect(
        await ids(officer, "PROGRAMME_OFFICER", {
          programme: world.programme.id,
          status: "REQUESTED",
        }),
      ).toEqual([inFirst.id]);
      expect(await ids(finance, "FINANCE_APPROVER", {})).toEqual([approved.id, signed.id].sort());
      expect(await ids(finance, "FINANCE_APPROVER", { status: "PAID" })).toEqual([paid.id]);
      expect(await ids(officer, "PROGRAMME_OFFICER", { status: "all" })).toHaveLength(5);
      // A programme id of another operator, or a forged cursor, shows nothing foreign.
      const foreign = await runWithTenant(
        { userId: world.foreignOfficer.user.id, organisationId: world.otherOperator.id },
        () =>
          listDisbursementQueue(
            world.otherOperator.id,
            parseTrancheQueueFilters(
              { status: "all", cursor: "not-a-cursor" },
              "PROGRAMME_OFFICER",
            ),
            { userId: world.foreignOfficer.user.id, role: "PROGRAMME_OFFICER" },
          ),
      );
      expect(foreign.items).toEqual([]);
      expect(foreign.totalCount).toBe(0);
    },
    SLOW,
  );
});

function exportAs(userId: string, org: string, query = "") {
  return actAs(userId, () =>
    GET(new Request(`http://localhost/api/${org}/disbursements/export${query}`), {
      params: Promise.resolve({ org }),
    }),
  );
}

describe("GET /api/[org]/disbursements/export", () => {
  it(
    "gives finance every tranche of the filtered queue, formula-safe, and audits it",
    async () => {
      const world = await buildGrantsWorld();
      const founder = world.founder.user.id;
      for (let index = 0; index < 3; index += 1) {
        await createDisbursement(testDb(), {
          bucketId: world.subsidy.id,
          requestedById: founder,
          status: "APPROVED",
          approvedById: world.officer.user.id,
          amountCents: 12_345_67n,
          purpose: index === 0 ? "=cmd|' /C calc'!A0 lab rent" : `Reagents batch ${index}`,
        });
      }
      await createDisbursement(testDb(), { bucketId: world.upfront.id, requestedById: founder });

      const response = await exportAs(
        world.finance.user.id,
        world.operator.slug,
        "?status=APPROVED",
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(
        /attachment; filename="tranches-approved-\d{4}-\d{2}-\d{2}\.csv"/,
      );
      const lines = (await response.text())
        .replace(/^\uFEFF/, "")
        .trimEnd()
        .split("\r\n");
      expect(lines[0]).toMatch(/^Tranche,Requested on,Start-up,/);
      expect(lines).toHaveLength(4);
      expect(
        lines.every((line, index) => index === 0 || line.includes(",12345.67,Officer approved,")),
      ).toBe(true);
      expect(lines.some((line) => line.includes(",'=cmd|' /C calc'!A0 lab rent,"))).toBe(true);
      const event = await testDb().auditEvent.findFirstOrThrow({
        where: { action: "disbursement.export", actorId: world.finance.user.id },
      });
      expect(event.after).toMatchObject({ rows: 3 });
    },
    SLOW,
  );

  it(
    "answers 404 to start-ups, mentors and other operators' members",
    async () => {
      const world = await buildGrantsWorld();
      const refusals = [
        await exportAs(world.founder.user.id, world.startup.slug),
        await exportAs(world.founder.user.id, world.operator.slug),
        await exportAs(world.mentor.user.id, world.operator.slug),
        await exportAs(world.foreignOfficer.user.id, world.operator.slug),
      ];
      expect(refusals.map((response) => response.status)).toEqual([404, 404, 404, 404]);
      const people = [world.founder, world.mentor, world.foreignOfficer].map((m) => m.user.id);
      expect(
        await testDb().auditEvent.count({
          where: { action: "disbursement.export", actorId: { in: people } },
        }),
      ).toBe(0);
      expect(
        await testDb().auditEvent.count({
          where: { action: "access.denied", actorId: { in: people } },
        }),
      ).toBe(4);
    },
    SLOW,
  );
});
