import { describe, expect, it } from "vitest";
import { describeAuditAction } from "./describe-audit-action";
import { summariseAuditChange } from "./summarise-audit-change";

describe("summariseAuditChange", () => {
  it("shows a changed role with its labels", () => {
    expect(summariseAuditChange({ role: "PROGRAMME_OFFICER" }, { role: "MENTOR" })).toEqual([
      { field: "role", from: "Programme officer", to: "Mentor" },
    ]);
  });

  it("leaves out fields equal on both sides and keeps one-sided ones", () => {
    expect(
      summariseAuditChange(
        { email: "a@example.hk", status: "PENDING" },
        { email: "a@example.hk", status: "ACCEPTED", membershipId: "cm123" },
      ),
    ).toEqual([
      { field: "status", from: "Pending", to: "Accepted" },
      { field: "membership id", to: "cm123" },
    ]);
  });

  it("turns other enum values into words", () => {
    expect(summariseAuditChange({ status: "APPROVED" }, { status: "FINANCE_APPROVED" })).toEqual([
      { field: "status", from: "Approved", to: "Finance approved" },
    ]);
  });

  it("shows instants in Hong Kong time and cents as exact Hong Kong dollars", () => {
    expect(
      summariseAuditChange(null, {
        expiresAt: "2026-03-09T01:00:00.000Z",
        amountCents: "64000001",
      }),
    ).toEqual([
      { field: "expires at", to: "9 Mar 2026, 09:00 HKT" },
      { field: "amount", to: "HK$640,000.01" },
    ]);
    expect(summariseAuditChange({ cap_cents: 100 }, { cap_cents: "not money" })).toEqual([
      { field: "cap", from: "HK$1.00", to: "not money" },
    ]);
  });

  it("copes with no snapshots, primitives and long nested values", () => {
    expect(summariseAuditChange(undefined, undefined)).toEqual([]);
    expect(summariseAuditChange(1, 2)).toEqual([{ field: "value", from: "1", to: "2" }]);
    const long = summariseAuditChange(null, { answers: { text: "x".repeat(200) } })[0];
    expect(long?.to?.length).toBe(80);
    expect(long?.to?.endsWith("…")).toBe(true);
  });
});

describe("describeAuditAction", () => {
  it("reads as subject and verb", () => {
    expect(describeAuditAction("member.change_role")).toBe("Member: change role");
    expect(describeAuditAction("disbursement.finance_approve")).toBe(
      "Disbursement: finance approve",
    );
    expect(describeAuditAction("seed")).toBe("Seed");
  });
});
