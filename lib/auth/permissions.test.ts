import { describe, expect, it } from "vitest";
import { MembershipRole } from "@/lib/generated/prisma/enums";
import { PERMISSIONS, permissionsOf, roleCan } from "./permissions";

describe("permission map", () => {
  it("keeps money under maker-checker: no role both requests and approves", () => {
    for (const role of Object.values(MembershipRole)) {
      const requests = roleCan(role, "disbursement.request");
      const approves =
        roleCan(role, "disbursement.approve") || roleCan(role, "disbursement.finance_approve");
      expect({ role, both: requests && approves }).toEqual({ role, both: false });
    }
  });

  it("gives the first and second money signatures to different roles", () => {
    expect(PERMISSIONS["disbursement.approve"]).toEqual(["PROGRAMME_OFFICER"]);
    expect(PERMISSIONS["disbursement.finance_approve"]).toEqual(["FINANCE_APPROVER"]);
  });

  it("lets partners do nothing but score what they are invited to review and export their cohort", () => {
    expect(permissionsOf("PARTNER_MEMBER")).toEqual(["review.score", "partner_cohort.export"]);
  });

  it("keeps organisation administration with the operator admin", () => {
    expect(roleCan("OPERATOR_ADMIN", "member.invite")).toBe(true);
    expect(roleCan("PROGRAMME_OFFICER", "member.invite")).toBe(false);
    expect(roleCan("STARTUP_MEMBER", "audit.read")).toBe(false);
  });

  it("names only known roles", () => {
    const roles = new Set<string>(Object.values(MembershipRole));
    for (const allowed of Object.values(PERMISSIONS)) {
      for (const role of allowed) expect(roles.has(role)).toBe(true);
    }
  });
});
