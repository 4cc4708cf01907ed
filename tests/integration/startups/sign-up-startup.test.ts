import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { registerStartup } from "@/lib/actions/startups/register-startup";
import { signUpStartup } from "@/lib/actions/startups/sign-up-startup";
import { authenticate } from "@/lib/auth/authenticate";
import { verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { SIGN_UP_LIMITS } from "@/lib/data/startups/sign-up-throttle";
import {
  EMAIL_UNAVAILABLE_MESSAGE,
  SIGN_UP_THROTTLED_MESSAGE,
  type SignUpInput,
} from "@/lib/schemas/startups";
import { createStartup } from "../../factories/organisations";
import { createUser } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
const request = vi.hoisted(() => ({ forwardedFor: "" }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      "user-agent": "vitest",
      ...(request.forwardedFor ? { "x-forwarded-for": request.forwardedFor } : {}),
    }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const PASSWORD = "star ferry at dusk 2026";

function signUpInput(overrides: Partial<SignUpInput> = {}): SignUpInput {
  const suffix = crypto.randomUUID().slice(0, 8);
  return {
    name: "Wong Ka Yee",
    email: `founder-${suffix}@example.hk`,
    password: PASSWORD,
    confirmPassword: PASSWORD,
    startupName: `Sai Kung Diagnostics ${suffix}`,
    startupNameZh: "西貢診斷",
    focusAreas: ["DIAGNOSTICS", "DIGITAL_HEALTH"],
    title: "CEO & co-founder",
    ...overrides,
  };
}

/** Rows of every table a registration writes to. */
async function counts() {
  const db = testDb();
  const [organisations, users, memberships, profiles] = await Promise.all([
    db.organisation.count(),
    db.user.count(),
    db.membership.count(),
    db.startupProfile.count(),
  ]);
  return { organisations, users, memberships, profiles };
}

describe("signUpStartup", () => {
  beforeEach(() => {
    auth.user = null;
    request.forwardedFor = "";
  });
  afterEach(() => {
    delete process.env.TRUSTED_PROXY_HOPS;
  });

  it("creates exactly one start-up, its profile, the founder and an active membership", async () => {
    const before = await counts();
    const input = signUpInput();
    const result = await signUpStartup(input);
    expect(result.serverError).toBeUndefined();
    expect(result.validationErrors).toBeUndefined();

    expect(await counts()).toEqual({
      organisations: before.organisations + 1,
      users: before.users + 1,
      memberships: before.memberships + 1,
      profiles: before.profiles + 1,
    });
    const organisation = await testDb().organisation.findUniqueOrThrow({
      where: { slug: result.data!.organisationSlug },
      include: {
        startupProfile: true,
        memberships: { include: { user: { omit: { passwordHash: false } } } },
      },
    });
    expect(organisation).toMatchObject({
      kind: "STARTUP",
      name: input.startupName,
      nameZh: "西貢診斷",
      slug: `sai-kung-diagnostics-${input.startupName.split(" ").at(-1)}`,
    });
    expect(organisation.startupProfile?.focusAreas).toEqual(["DIAGNOSTICS", "DIGITAL_HEALTH"]);
    expect(organisation.memberships).toHaveLength(1);
    const [membership] = organisation.memberships;
    expect(membership).toMatchObject({
      role: "STARTUP_MEMBER",
      status: "ACTIVE",
      title: "CEO & co-founder",
    });
    expect(membership!.user).toMatchObject({ email: input.email, name: "Wong Ka Yee" });
    expect(membership!.user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(membership!.user.passwordHash, PASSWORD)).toBe(true);
    expect(result.data).toEqual({ organisationSlug: organisation.slug, email: input.email });

    const [event] = await auditEventsOf("startup.register", membership!.user.id);
    expect(event).toMatchObject({
      organisationId: organisation.id,
      targetType: "Organisation",
      targetId: organisation.id,
    });
    // The client signs in next with the same credentials.
    expect(await authenticate(input.email, PASSWORD)).toMatchObject({ email: input.email });
  });

  it("gives a second start-up of the same name its own slug, and never an app path", async () => {
    const first = await signUpStartup(signUpInput({ startupName: "Tai Po Biologics" }));
    const second = await signUpStartup(signUpInput({ startupName: "Tai Po  Biologics!" }));
    expect(first.data?.organisationSlug).toBe("tai-po-biologics");
    expect(second.data?.organisationSlug).toBe("tai-po-biologics-2");
    const reserved = await signUpStartup(signUpInput({ startupName: "Home" }));
    expect(reserved.data?.organisationSlug).toBe("home-2");
    const chineseOnly = await signUpStartup(signUpInput({ startupName: "百奧生物" }));
    expect(chineseOnly.data?.organisationSlug).toMatch(/^startup(-\d+)?$/);
  });

  it("answers a taken email with one plain message and creates nothing", async () => {
    const existing = await createUser(testDb(), { email: "taken@example.hk" });
    const before = await counts();
    const result = await signUpStartup(signUpInput({ email: "Taken@Example.hk" }));
    expect(result.serverError).toEqual({ code: "CONFLICT", message: EMAIL_UNAVAILABLE_MESSAGE });
    expect(await counts()).toEqual(before);
    const user = await testDb().user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(user.name).toBe(existing.name);
  });

  it("refuses a weak password before anything is written", async () => {
    const before = await counts();
    const result = await signUpStartup(
      signUpInput({ password: "password", confirmPassword: "password" }),
    );
    expect(result.validationErrors).toBeDefined();
    expect(await counts()).toEqual(before);
  });

  it("limits sign-ups per client address, and the limit creates no organisation", async () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    request.forwardedFor = "198.51.100.23";
    for (let attempt = 1; attempt <= SIGN_UP_LIMITS.address; attempt++) {
      const result = await signUpStartup(signUpInput());
      expect(result.serverError).toBeUndefined();
    }
    const before = await counts();
    const refused = await signUpStartup(signUpInput());
    expect(refused.serverError).toEqual({
      code: "RATE_LIMITED",
      message: SIGN_UP_THROTTLED_MESSAGE,
    });
    expect(await counts()).toEqual(before);
    // A taken email from that address is refused the same way: no free probing.
    await createUser(testDb(), { email: "probe@example.hk" });
    const probe = await signUpStartup(signUpInput({ email: "probe@example.hk" }));
    expect(probe.serverError).toMatchObject({ code: "RATE_LIMITED" });

    request.forwardedFor = "198.51.100.24";
    expect((await signUpStartup(signUpInput())).serverError).toBeUndefined();
  });

  it("stops every sign-up once the deployment-wide budget is used up", async () => {
    await testDb().loginThrottle.upsert({
      where: { key: "sign-up:all" },
      create: { key: "sign-up:all", failures: SIGN_UP_LIMITS.everyone, windowStart: new Date() },
      update: { failures: SIGN_UP_LIMITS.everyone, windowStart: new Date() },
    });
    const before = await counts();
    const result = await signUpStartup(signUpInput());
    expect(result.serverError).toMatchObject({ code: "RATE_LIMITED" });
    expect(await counts()).toEqual(before);
    await testDb().loginThrottle.delete({ where: { key: "sign-up:all" } });
  });
});

describe("registerStartup", () => {
  beforeEach(() => {
    auth.user = null;
    request.forwardedFor = "";
  });

  it("makes a signed-in person the first member of a new start-up", async () => {
    const person = await createUser(testDb());
    auth.user = await sessionUserFor(person.id);
    const result = await registerStartup({
      startupName: "Shatin Gene Therapeutics",
      focusAreas: ["CELL_GENE_THERAPY"],
    });
    expect(result.serverError).toBeUndefined();
    const organisation = await testDb().organisation.findUniqueOrThrow({
      where: { slug: result.data!.organisationSlug },
      include: { memberships: true, startupProfile: true },
    });
    expect(organisation.kind).toBe("STARTUP");
    expect(organisation.memberships).toMatchObject([
      { userId: person.id, role: "STARTUP_MEMBER", status: "ACTIVE" },
    ]);
    expect(organisation.startupProfile?.focusAreas).toEqual(["CELL_GENE_THERAPY"]);
  });

  it("stops one person at five new start-ups a day (the database's own cap)", async () => {
    const person = await createUser(testDb());
    auth.user = await sessionUserFor(person.id);
    // An older start-up of theirs does not count against today's.
    const older = await createStartup(testDb(), {
      createdAt: new Date(Date.now() - 3 * 24 * 60 * 60 * 1000),
    });
    await testDb().membership.create({
      data: { organisationId: older.id, userId: person.id, role: "STARTUP_MEMBER" },
    });
    for (let index = 1; index <= 5; index++) {
      const result = await registerStartup({
        startupName: `Kowloon Bay Bio ${index}`,
        focusAreas: [],
      });
      expect(result.serverError).toBeUndefined();
    }
    const before = await counts();
    const refused = await registerStartup({ startupName: "Kowloon Bay Bio 6", focusAreas: [] });
    expect(refused.serverError).toMatchObject({ code: "RATE_LIMITED" });
    expect(await counts()).toEqual(before);
  });
});
