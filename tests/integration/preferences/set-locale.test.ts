import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { setLocale } from "@/lib/actions/preferences/set-locale";
import { createStartup } from "../../factories/organisations";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { sessionUserFor } from "../members/session-user";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
const jar = vi.hoisted(() => new Map<string, { value: string; options: unknown }>());
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "user-agent": "vitest" }),
  cookies: async () => ({
    get: (name: string) => jar.get(name),
    set: (name: string, value: string, options: unknown) => jar.set(name, { value, options }),
  }),
}));

describe("setLocale", () => {
  beforeEach(() => {
    auth.user = null;
    jar.clear();
  });

  it("remembers a visitor's choice in a year-long cookie", async () => {
    const result = await setLocale({ locale: "zh-CN" });
    expect(result.data).toEqual({ locale: "zh-CN" });
    expect(jar.get("incubase-locale")).toMatchObject({
      value: "zh-CN",
      options: { path: "/", maxAge: 31_536_000, sameSite: "lax" },
    });
  });

  it("saves a signed-in user's choice on their account and nobody else's", async () => {
    const startup = await createStartup(testDb());
    const founder = await createMember(testDb(), {
      organisationId: startup.id,
      role: "STARTUP_MEMBER",
    });
    const colleague = await createMember(testDb(), {
      organisationId: startup.id,
      role: "STARTUP_MEMBER",
    });
    auth.user = await sessionUserFor(founder.user.id);
    await setLocale({ locale: "zh-HK" });
    const users = await testDb().user.findMany({
      where: { id: { in: [founder.user.id, colleague.user.id] } },
      select: { id: true, locale: true },
    });
    expect(Object.fromEntries(users.map((u) => [u.id, u.locale]))).toEqual({
      [founder.user.id]: "zh-HK",
      [colleague.user.id]: "en",
    });
  });

  it("refuses an unknown language with a clear message and changes nothing", async () => {
    const result = await setLocale({ locale: "fr" as "en" });
    expect(result.validationErrors?.locale?._errors).toEqual([
      "Choose English, 繁體中文 or 简体中文.",
    ]);
    expect(jar.size).toBe(0);
  });
});
