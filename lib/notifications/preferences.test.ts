import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import {
  DEFAULT_EMAIL_FREQUENCY,
  effectivePreferences,
  preferencesToStore,
  resolveEmailFrequency,
} from "@/lib/notifications/preferences";

describe("resolveEmailFrequency", () => {
  it("uses the defaults without stored choices: decisions and money now, the rest in the digest", () => {
    expect(resolveEmailFrequency("DECISION", [])).toBe("IMMEDIATE");
    expect(resolveEmailFrequency("DISBURSEMENT", [])).toBe("IMMEDIATE");
    for (const kind of NOTIFICATION_KINDS.filter((k) => k !== "DECISION" && k !== "DISBURSEMENT")) {
      expect(resolveEmailFrequency(kind, [])).toBe("DAILY_DIGEST");
    }
  });

  it("a stored choice wins over the default, for its own kind only", () => {
    const stored = [
      { kind: "DECISION", email: "OFF" },
      { kind: "COACHING", email: "IMMEDIATE" },
    ] as const;
    expect(resolveEmailFrequency("DECISION", stored)).toBe("OFF");
    expect(resolveEmailFrequency("COACHING", stored)).toBe("IMMEDIATE");
    expect(resolveEmailFrequency("DISBURSEMENT", stored)).toBe("IMMEDIATE");
    expect(resolveEmailFrequency("MILESTONE", stored)).toBe("DAILY_DIGEST");
  });
});

describe("effectivePreferences", () => {
  it("lists every kind once, in the form's order, marking which are defaults", () => {
    const rows = effectivePreferences([{ kind: "MILESTONE", email: "OFF" }]);
    expect(rows.map((row) => row.kind)).toEqual([...NOTIFICATION_KINDS]);
    expect(rows.find((row) => row.kind === "MILESTONE")).toEqual({
      kind: "MILESTONE",
      email: "OFF",
      isDefault: false,
    });
    expect(rows.filter((row) => !row.isDefault)).toHaveLength(1);
  });

  it("a stored choice equal to the default counts as the default", () => {
    const [decision] = effectivePreferences([{ kind: "DECISION", email: "IMMEDIATE" }]);
    expect(decision).toEqual({ kind: "DECISION", email: "IMMEDIATE", isDefault: true });
  });
});

describe("preferencesToStore", () => {
  it("keeps only the choices that differ from the default", () => {
    const choices = NOTIFICATION_KINDS.map((kind) => ({
      kind,
      email: kind === "SYSTEM" ? ("OFF" as const) : DEFAULT_EMAIL_FREQUENCY[kind],
    }));
    expect(preferencesToStore(choices)).toEqual([{ kind: "SYSTEM", email: "OFF" }]);
  });
});
