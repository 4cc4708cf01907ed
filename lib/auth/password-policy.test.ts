import { describe, expect, it } from "vitest";
import { checkPasswordRules } from "./password-policy";

describe("password rules", () => {
  it("accepts a long passphrase", () => {
    expect(checkPasswordRules("harbour lights over kowloon")).toBeNull();
  });

  it("refuses anything shorter than 12 characters", () => {
    expect(checkPasswordRules("Sh0rt!pass")).toMatch(/at least 12 characters/);
  });

  it("refuses common passwords whatever their case", () => {
    expect(checkPasswordRules("Password1234")).toMatch(/too common/);
    expect(checkPasswordRules("INCUBASE2026")).toMatch(/too common/);
  });

  it("refuses one repeated character", () => {
    expect(checkPasswordRules("zzzzzzzzzzzzzz")).toMatch(/repeat/);
  });

  it("refuses a password containing the email's name", () => {
    expect(checkPasswordRules("wongsiuming-2026!", { email: "wongsiuming@example.hk" })).toMatch(
      /email/,
    );
  });

  it("refuses overlong passwords", () => {
    expect(checkPasswordRules("x".repeat(150) + "y".repeat(51))).toMatch(/at most 200/);
  });
});
