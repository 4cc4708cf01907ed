import { describe, expect, it } from "vitest";
import { parseAuditFilters } from "@/lib/data/audit/audit-filters";
import { listAuditEvents as listAuditEventsOfTenant } from "@/lib/data/audit/list-audit-events";
import { requirePermission } from "@/lib/auth/require-permission";
import { createAuditEvent } from "../../factories/audit";
import { createInvitation, createMember } from "../../factories/users";
import { createOperator } from "../../factories/organisations";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { testDb } from "../../setup/test-database";

// The audit page reads as its signed-in admin (requireMembership sets the tenant that
// row-level security checks); the loader is called here the same way.
const adminOf = new Map<string, string>();
function listAuditEvents(...args: Parameters<typeof listAuditEventsOfTenant>) {
  const [organisationId] = args;
  const tenant = { userId: adminOf.get(organisationId) ?? null, organisationId };
  return runWithTenant(tenant, () => listAuditEventsOfTenant(...args));
}

async function setUp() {
  const hkstp = await createOperator(testDb());
  const cuhk = await createOperator(testDb());
  const admin = await createMember(testDb(), { organisationId: hkstp.id, role: "OPERATOR_ADMIN" });
  const officer = await createMember(testDb(), {
    organisationId: hkstp.id,
    role: "PROGRAMME_OFFICER",
    user: { name: "Kelvin Chan" },
  });
  adminOf.set(hkstp.id, admin.user.id);
  return { hkstp, cuhk, admin, officer };
}

const at = (iso: string) => new Date(iso);

describe("listAuditEvents", () => {
  it("returns only the organisation's events, newest first, with actor and target names", async () => {
    const { hkstp, cuhk, admin, officer } = await setUp();
    await createAuditEvent(testDb(), {
      organisationId: hkstp.id,
      actorId: admin.user.id,
      action: "member.change_role",
      targetType: "Membership",
      targetId: officer.membership.id,
      before: { role: "MENTOR" },
      after: { role: "PROGRAMME_OFFICER" },
      createdAt: at("2026-03-02T02:00:00Z"),
    });
    await createAuditEvent(testDb(), {
      organisationId: hkstp.id,
      actorId: officer.user.id,
      action: "application.screen",
      createdAt: at("2026-03-03T02:00:00Z"),
    });
    await createAuditEvent(testDb(), {
      organisationId: cuhk.id,
      action: "member.invite",
      createdAt: at("2026-03-04T02:00:00Z"),
    });
    await createAuditEvent(testDb(), {
      organisationId: null,
      actorId: admin.user.id,
      action: "account.sign_out_everywhere",
    });

    const { events, nextCursor } = await listAuditEvents(hkstp.id, {});
    expect(events.map((event) => event.action)).toEqual([
      "application.screen",
      "member.change_role",
    ]);
    expect(events[1]).toMatchObject({
      actor: { name: admin.user.name },
      targetLabel: "Kelvin Chan",
      after: { role: "PROGRAMME_OFFICER" },
    });
    expect(nextCursor).toBeNull();
  });

  it("pages through 50 at a time by (createdAt, id) without skipping or repeating ties", async () => {
    const { hkstp } = await setUp();
    const sameInstant = at("2026-04-01T04:00:00Z");
    // 70 events share one timestamp, 50 more are spread out: ties must be split by id.
    const rows = [
      ...Array.from({ length: 70 }, () => ({
        organisationId: hkstp.id,
        action: "milestone.assess",
        createdAt: sameInstant,
      })),
      ...Array.from({ length: 50 }, (_, index) => ({
        organisationId: hkstp.id,
        action: "coaching.log",
        createdAt: new Date(sameInstant.getTime() - (index + 1) * 60_000),
      })),
    ];
    await testDb().auditEvent.createMany({ data: rows });

    const seen: string[] = [];
    let cursor: string | null = null;
    const pageSizes: number[] = [];
    do {
      const filters = parseAuditFilters(cursor ? { cursor } : {});
      const page = await listAuditEvents(hkstp.id, filters);
      pageSizes.push(page.events.length);
      seen.push(...page.events.map((event) => event.id));
      cursor = page.nextCursor;
    } while (cursor);

    expect(pageSizes).toEqual([50, 50, 20]);
    expect(new Set(seen).size).toBe(120);
    const all = await testDb().auditEvent.findMany({
      where: { organisationId: hkstp.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(seen).toEqual(all.map((event) => event.id));
  });

  it("filters by action prefix, actor and Hong Kong date range", async () => {
    const { hkstp, admin, officer } = await setUp();
    // 1 Mar 23:30 HKT, 2 Mar 00:30 HKT, 3 Mar 23:59 HKT, 4 Mar 00:00 HKT
    await createAuditEvent(testDb(), {
      organisationId: hkstp.id,
      actorId: admin.user.id,
      action: "member.invite",
      createdAt: at("2026-03-01T15:30:00Z"),
    });
    await createAuditEvent(testDb(), {
      organisationId: hkstp.id,
      actorId: admin.user.id,
      action: "member.deactivate",
      createdAt: at("2026-03-01T16:30:00Z"),
    });
    await createAuditEvent(testDb(), {
      organisationId: hkstp.id,
      actorId: officer.user.id,
      action: "membership.note",
      createdAt: at("2026-03-03T15:59:00Z"),
    });
    await createAuditEvent(testDb(), {
      organisationId: hkstp.id,
      actorId: officer.user.id,
      action: "disbursement.approve",
      createdAt: at("2026-03-03T16:00:00Z"),
    });

    const actions = async (searchParams: Record<string, string>) =>
      (await listAuditEvents(hkstp.id, parseAuditFilters(searchParams))).events.map(
        (event) => event.action,
      );

    expect(await actions({ action: "member." })).toEqual(["member.deactivate", "member.invite"]);
    expect(await actions({ actor: officer.user.id })).toEqual([
      "disbursement.approve",
      "membership.note",
    ]);
    expect(await actions({ from: "2026-03-02", to: "2026-03-03" })).toEqual([
      "membership.note",
      "member.deactivate",
    ]);
    expect(await actions({ action: "member", actor: admin.user.id, from: "2026-03-02" })).toEqual([
      "member.deactivate",
    ]);
  });

  it("ignores malformed filters instead of failing", async () => {
    const { hkstp } = await setUp();
    await createAuditEvent(testDb(), { organisationId: hkstp.id, action: "call.publish" });
    const filters = parseAuditFilters({
      from: "yesterday",
      to: "2026-13-45",
      cursor: "%%%",
      actor: ["", "x"],
    });
    expect(filters).toEqual({
      actionPrefix: undefined,
      actorId: undefined,
      fromDay: undefined,
      toDay: undefined,
      cursor: undefined,
    });
    expect((await listAuditEvents(hkstp.id, filters)).events).toHaveLength(1);
  });

  it("labels invitation targets by email, and never another organisation's records", async () => {
    const { hkstp, cuhk, admin } = await setUp();
    const ours = await createInvitation(testDb(), {
      organisationId: hkstp.id,
      invitedById: admin.user.id,
      email: "ours@example.hk",
    });
    const theirs = await createInvitation(testDb(), {
      organisationId: cuhk.id,
      email: "theirs@example.hk",
    });
    await createAuditEvent(testDb(), {
      organisationId: hkstp.id,
      action: "member.invite",
      targetType: "Invitation",
      targetId: ours.id,
    });
    // A (corrupt) event pointing at another tenant's invitation must not reveal its email.
    await createAuditEvent(testDb(), {
      organisationId: hkstp.id,
      action: "member.invite",
      targetType: "Invitation",
      targetId: theirs.id,
    });
    const { events } = await listAuditEvents(hkstp.id, {});
    expect(events.map((event) => event.targetLabel).sort()).toEqual(
      [null, "ours@example.hk"].sort(),
    );
  });
});

describe("the audit page's permission check", () => {
  it("lets an operator admin through and answers 404 to every other role", () => {
    expect(() => requirePermission({ role: "OPERATOR_ADMIN" }, "audit.read")).not.toThrow();
    for (const role of [
      "PROGRAMME_OFFICER",
      "FINANCE_APPROVER",
      "MENTOR",
      "PARTNER_MEMBER",
      "STARTUP_MEMBER",
    ] as const) {
      expect(() => requirePermission({ role }, "audit.read")).toThrow(
        /NEXT_HTTP_ERROR_FALLBACK;404/,
      );
    }
  });
});
