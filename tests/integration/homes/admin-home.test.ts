import { describe, expect, it } from "vitest";
import { getOperatorAdminHome } from "@/lib/data/homes/operator-admin-home";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createAuditEvent } from "../../factories/audit";
import { createOperator } from "../../factories/organisations";
import { daysFrom } from "../../factories/sequence";
import { createInvitation, createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";

const NOW = new Date();

async function buildWorld() {
  const db = testDb();
  const hkstp = await createOperator(db);
  const other = await createOperator(db);
  const admin = await createMember(db, { organisationId: hkstp.id, role: "OPERATOR_ADMIN" });
  for (const role of [
    "PROGRAMME_OFFICER",
    "PROGRAMME_OFFICER",
    "MENTOR",
    "MENTOR",
    "MENTOR",
  ] as const)
    await createMember(db, { organisationId: hkstp.id, role });
  const leaver = await createMember(db, {
    organisationId: hkstp.id,
    role: "MENTOR",
    user: { name: "Recent Leaver" },
    membership: { status: "DEACTIVATED" },
  });
  const oldLeaver = await createMember(db, {
    organisationId: hkstp.id,
    role: "FINANCE_APPROVER",
    membership: { status: "DEACTIVATED" },
  });
  // Deactivated 90 days ago: no longer "recent".
  await db.membership.update({
    where: { id: oldLeaver.membership.id },
    data: { updatedAt: daysFrom(NOW, -90) },
  });
  // Another operator's people never count.
  await createMember(db, { organisationId: other.id, role: "MENTOR" });
  await createMember(db, {
    organisationId: other.id,
    role: "MENTOR",
    membership: { status: "DEACTIVATED" },
  });

  const invite = (days: number, status: "PENDING" | "ACCEPTED" | "REVOKED" = "PENDING") =>
    createInvitation(db, {
      organisationId: hkstp.id,
      invitedById: admin.user.id,
      expiresAt: daysFrom(NOW, days),
      status,
    });
  const soon = await invite(1);
  const later = await invite(6);
  await invite(-1); // lapsed: still PENDING in the table, no longer pending in fact
  await invite(5, "ACCEPTED");
  await invite(5, "REVOKED");
  await createInvitation(db, { organisationId: other.id, expiresAt: daysFrom(NOW, 1) });

  for (let index = 0; index < 12; index += 1) {
    await createAuditEvent(db, {
      organisationId: hkstp.id,
      actorId: admin.user.id,
      action: "member.invite",
      createdAt: daysFrom(NOW, -index),
    });
  }
  await createAuditEvent(db, { organisationId: other.id, action: "other.event" });
  return { hkstp, other, admin, leaver, soon, later };
}

describe("operator admin home", () => {
  it("counts members by role and status in SQL, matching the database", async () => {
    const w = await buildWorld();
    const home = await runWithTenant({ userId: w.admin.user.id, organisationId: w.hkstp.id }, () =>
      getOperatorAdminHome(w.hkstp.id, NOW),
    );
    const rows = await testDb().membership.groupBy({
      by: ["role", "status"],
      where: { organisationId: w.hkstp.id },
      _count: { _all: true },
    });
    const expected = (role: string, status: string) =>
      rows.find((row) => row.role === role && row.status === status)?._count._all ?? 0;
    for (const row of home.countsByRole) {
      expect(row.active).toBe(expected(row.role, "ACTIVE"));
      expect(row.deactivated).toBe(expected(row.role, "DEACTIVATED"));
    }
    expect(home.countsByRole.map((row) => row.role)).toEqual([
      "OPERATOR_ADMIN",
      "PROGRAMME_OFFICER",
      "FINANCE_APPROVER",
      "MENTOR",
    ]);
    expect(home.activeMemberCount).toBe(6);
    expect(home.programmeCount).toBe(
      await testDb().programme.count({
        where: { organisationId: w.hkstp.id, status: { not: "ARCHIVED" } },
      }),
    );
    expect(home.partnerCount).toBe(0);
    expect(home.deactivatedMemberCount).toBe(2);
  });

  it("lists pending invitations soonest first, flags those lapsing within three days", async () => {
    const w = await buildWorld();
    const home = await runWithTenant({ userId: w.admin.user.id, organisationId: w.hkstp.id }, () =>
      getOperatorAdminHome(w.hkstp.id, NOW),
    );
    expect(home.invitations.map((i) => [i.id, i.isExpiringSoon])).toEqual([
      [w.soon.id, true],
      [w.later.id, false],
    ]);
    expect(home.invitationCount).toBe(2);
    expect(home.expiringSoonCount).toBe(1);
  });

  it("shows the last ten audit events and only recent deactivations of this organisation", async () => {
    const w = await buildWorld();
    const home = await runWithTenant({ userId: w.admin.user.id, organisationId: w.hkstp.id }, () =>
      getOperatorAdminHome(w.hkstp.id, NOW),
    );
    const latest = await testDb().auditEvent.findMany({
      where: { organisationId: w.hkstp.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 10,
      select: { id: true },
    });
    expect(home.auditEvents.map((e) => e.id)).toEqual(latest.map((e) => e.id));
    expect(home.deactivated.map((m) => m.name)).toEqual(["Recent Leaver"]);
    expect(home.deactivatedRecentlyCount).toBe(1);

    // Another operator's admin naming HKSTP's id sees nothing of it (row-level security).
    const outsider = await createMember(testDb(), {
      organisationId: w.other.id,
      role: "OPERATOR_ADMIN",
    });
    const spoofed = await runWithTenant(
      { userId: outsider.user.id, organisationId: w.other.id },
      () => getOperatorAdminHome(w.hkstp.id, NOW),
    );
    expect(spoofed.countsByRole).toEqual([]);
    expect(spoofed.invitations).toEqual([]);
    expect(spoofed.auditEvents).toEqual([]);
    expect(spoofed.deactivated).toEqual([]);
  });
});
