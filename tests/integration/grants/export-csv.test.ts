import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/[org]/grants/export/route";
import { createDisbursement } from "../../factories/grants";
import { testDb } from "../../setup/test-database";
import { actAs, attachReceipt, buildGrantsWorld, sessions } from "./grants-world";

vi.mock("@/lib/auth/session", async () => ({
  getCurrentUser: async () => (await import("./grants-world")).currentSession(),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));

beforeEach(() => {
  sessions.current = null;
});

function exportAs(userId: string, org: string, programme: string, view = "grants") {
  return actAs(userId, () =>
    GET(
      new Request(`http://localhost/api/${org}/grants/export?programme=${programme}&view=${view}`),
      {
        params: Promise.resolve({ org }),
      },
    ),
  );
}

describe("GET /api/[org]/grants/export", () => {
  it("gives finance one formula-safe row per grant and bucket, with exact amounts", async () => {
    const world = await buildGrantsWorld();
    await testDb().organisation.update({
      where: { id: world.startup.id },
      data: { name: '=HYPERLINK("http://evil.example","Pok Fu Lam")', nameZh: "薄扶林細胞治療" },
    });
    await createDisbursement(testDb(), {
      bucketId: world.subsidy.id,
      requestedById: world.founder.user.id,
      amountCents: 4_000_050n,
      status: "PAID",
    });
    const response = await exportAs(world.finance.user.id, world.operator.slug, world.programme.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename=".*-grants-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const csv = await response.text();
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(4); // header + three buckets
    expect(lines[0]).toMatch(/^Programme,Start-up,Start-up \(Chinese\)/);
    const subsidy = lines.find((line) => line.includes("SUBSIDY"));
    expect(subsidy).toContain(`"'=HYPERLINK(""http://evil.example"",""Pok Fu Lam"")"`);
    expect(subsidy).toContain("薄扶林細胞治療");
    expect(subsidy).toMatch(/,640000\.00,0\.00,0\.00,40000\.50,599999\.50,0\.00$/);
    expect(
      await testDb().auditEvent.count({
        where: { action: "grant.export", actorId: world.finance.user.id },
      }),
    ).toBe(1);
  });

  it("lists tranches with their purpose made safe", async () => {
    const world = await buildGrantsWorld();
    const tranche = await createDisbursement(testDb(), {
      bucketId: world.upfront.id,
      requestedById: world.founder.user.id,
      purpose: "@SUM(1+1) consumables",
    });
    await attachReceipt(world, tranche.id, world.founder.user.id);
    const response = await exportAs(
      world.officer.user.id,
      world.operator.slug,
      world.programme.id,
      "tranches",
    );
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv).toContain(`${tranche.id},`);
    expect(csv).toContain(",'@SUM(1+1) consumables,");
    expect(csv).toContain(",Requested,");
  });

  it("answers 404 to start-ups, mentors, other operators and unknown programmes", async () => {
    const world = await buildGrantsWorld();
    const refusals = [
      await exportAs(world.founder.user.id, world.startup.slug, world.programme.id),
      await exportAs(world.founder.user.id, world.operator.slug, world.programme.id),
      await exportAs(world.mentor.user.id, world.operator.slug, world.programme.id),
      await exportAs(world.foreignOfficer.user.id, world.otherOperator.slug, world.programme.id),
      await exportAs(world.admin.user.id, world.operator.slug, "no-such-programme"),
    ];
    expect(refusals.map((response) => response.status)).toEqual([404, 404, 404, 404, 404]);
    const people = [world.founder, world.mentor, world.foreignOfficer, world.admin].map(
      (m) => m.user.id,
    );
    expect(
      await testDb().auditEvent.count({
        where: { action: "grant.export", actorId: { in: people } },
      }),
    ).toBe(0);
    expect(
      await testDb().auditEvent.count({
        where: { action: "access.denied", actorId: { in: people } },
      }),
    ).toBe(5);
    const admin = await exportAs(world.admin.user.id, world.operator.slug, world.programme.id);
    expect(admin.status).toBe(200);
  });
});
