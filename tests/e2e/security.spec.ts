import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { SIGN_IN_THROTTLED_MESSAGE } from "../../lib/schemas/auth";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import {
  fetchCsrfToken,
  hasSessionCookie,
  median,
  postCredentials,
  type CredentialsAttempt,
} from "./support/credentials";
import {
  closeDatabase,
  createUserWithMembership,
  denialsWithUserAgent,
  organisationIdOf,
  readMembership,
  readMembershipOf,
  sql,
  uniqueClientAddress,
  uniqueEmail,
  userIdOf,
} from "./support/db";
import { actionResultOf, postServerAction, serverActionId } from "./support/server-actions";
import { accountFor, expect, signIn, test } from "./fixtures";

// Attacks a new user (or a curious partner) would try, against the production build.
// Every test arranges its own users (unique emails, client addresses and user agents), so the
// suite runs in any order and again on the same database without touching the demo accounts.

const CHANGE_MEMBER_ROLE = {
  file: "lib/actions/members/change-member-role.ts",
  exportedName: "changeMemberRole",
} as const;
const SIGN_OUT_EVERYWHERE = {
  file: "lib/actions/account/sign-out-everywhere.ts",
  exportedName: "signOutEverywhere",
} as const;

const HKSTP = "hkstp";
const CUHK = "cuhk-biotech-incubator";
/** CUHK Biotech Incubator's operator admin (prisma/seed/staff.ts, key cuhkAdmin). */
const CUHK_ADMIN_EMAIL = "admin@cuhk-incubator.demo";
const EVIL_ORIGIN = "https://evil.example";
const WRONG_CREDENTIALS_BODY = /\/api\/auth\/error\?error=CredentialsSignin&provider=credentials$/;

/** A User-Agent no other request sends: finds exactly this test's audit events. */
const uniqueUserAgent = (label: string) => `incubase-e2e-${label}-${randomUUID()}`;

test.afterAll(async () => {
  await closeDatabase();
});

/** Signs in through next-auth's endpoint and keeps the session cookie in `request`. */
async function signInByRequest(request: APIRequestContext, email: string, password: string) {
  const attempt = await postCredentials(request, { email, password });
  expect(attempt.status, `signing in ${email}`).toBe(200);
  expect(hasSessionCookie(attempt.setCookies), `session cookie for ${email}`).toBe(true);
}

type ActionResult = { data?: unknown; serverError?: { code?: string; message?: string } };

function expectRefused(body: string, codes: readonly string[]) {
  const result = actionResultOf(body) as ActionResult | null;
  expect(result, `an action result in the RSC response:\n${body.slice(0, 500)}`).not.toBeNull();
  expect(result).not.toHaveProperty("data");
  expect(codes).toContain(result?.serverError?.code);
}

test.describe("security headers", () => {
  for (const path of ["/", "/sign-in"]) {
    test(`${path} is served with a strict policy and no framework fingerprint`, async ({
      request,
    }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(200);
      const headers = response.headers();

      const csp = headers["content-security-policy"];
      expect(csp, "Content-Security-Policy").toBeTruthy();
      const directives = new Map(
        (csp ?? "")
          .split(";")
          .map((directive) => directive.trim().split(/\s+/))
          .filter(([name]) => Boolean(name))
          .map(([name, ...values]) => [name!.toLowerCase(), values] as const),
      );
      const scriptSrc = directives.get("script-src") ?? directives.get("default-src");
      expect(scriptSrc, "script-src").toBeDefined();
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
      expect(directives.get("object-src")).toEqual(["'none'"]);

      const hsts = headers["strict-transport-security"] ?? "";
      expect(Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0), "HSTS max-age").toBeGreaterThanOrEqual(
        31_536_000,
      );
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toMatch(
        /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
      );
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("the policy does not break the sign-in page (no CSP violations)", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/sign-in");
    // A unique unknown email: this attempt never adds up towards any account's throttle.
    await page.getByLabel("Email").fill(uniqueEmail("csp"));
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // The form works only with its scripts running: the alert proves they were allowed.
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe("cross-site requests", () => {
  test("a cross-site sign-in POST is refused with 403 and sets no session", async ({
    request,
    baseURL,
  }) => {
    const user = await createUserWithMembership({
      label: "csrf-sign-in",
      organisationSlug: HKSTP,
      role: "PROGRAMME_OFFICER",
    });
    const csrfToken = await fetchCsrfToken(request);
    const crossSite: Record<string, string>[] = [
      { Origin: EVIL_ORIGIN },
      { "Sec-Fetch-Site": "cross-site" },
      { Origin: EVIL_ORIGIN, "Sec-Fetch-Site": "cross-site" },
    ];
    for (const headers of crossSite) {
      const attempt = await postCredentials(
        request,
        { email: user.email, password: user.password, csrfToken },
        headers,
      );
      expect(attempt.status, JSON.stringify(headers)).toBe(403);
      expect(hasSessionCookie(attempt.setCookies), JSON.stringify(headers)).toBe(false);
    }
    const cookies = (await request.storageState()).cookies.map((cookie) => cookie.name);
    expect(hasSessionCookie(cookies)).toBe(false);

    // The same request from the app's own origin signs in: the refusals were the Origin's.
    const sameOrigin = await postCredentials(
      request,
      { email: user.email, password: user.password, csrfToken },
      { Origin: new URL(baseURL!).origin },
    );
    expect(sameOrigin.status).toBe(200);
    expect(hasSessionCookie(sameOrigin.setCookies)).toBe(true);
  });

  test("a cross-site server-action POST carrying the victim's cookie is refused with 403", async ({
    request,
    baseURL,
  }) => {
    const user = await createUserWithMembership({
      label: "csrf-action",
      organisationSlug: HKSTP,
      role: "PROGRAMME_OFFICER",
    });
    await signInByRequest(request, user.email, user.password);
    const actionId = serverActionId(SIGN_OUT_EVERYWHERE.file, SIGN_OUT_EVERYWHERE.exportedName);
    const crossSite: Record<string, string>[] = [
      { Origin: EVIL_ORIGIN },
      { "Sec-Fetch-Site": "cross-site" },
      { Origin: EVIL_ORIGIN, "Sec-Fetch-Site": "cross-site" },
    ];
    for (const headers of crossSite) {
      const { response } = await postServerAction(request, baseURL!, {
        path: "/account",
        actionId,
        args: [],
        headers,
      });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
      const setCookie = response
        .headersArray()
        .filter((header) => header.name.toLowerCase() === "set-cookie")
        .map((header) => header.value.split("=")[0]!);
      expect(hasSessionCookie(setCookie)).toBe(false);
    }
    // The action never ran: the session version is untouched and the session still works.
    expect((await readMembership(user.membershipId)).sessionVersion).toBe(0);
    const home = await request.get(`/${HKSTP}`, { maxRedirects: 0 });
    expect(home.status()).toBe(200);
  });
});

test.describe("server actions called directly", () => {
  test("changeMemberRole with no session cookie is refused, changes nothing and is audited", async ({
    request,
    baseURL,
  }) => {
    const actionId = serverActionId(CHANGE_MEMBER_ROLE.file, CHANGE_MEMBER_ROLE.exportedName);
    const officer = await readMembershipOf(accountFor("officer").email, HKSTP);
    const userAgent = uniqueUserAgent("anonymous-action");

    const { body } = await postServerAction(request, baseURL!, {
      path: `/${HKSTP}/members`,
      actionId,
      args: [{ organisation: HKSTP, membershipId: officer.id, role: "OPERATOR_ADMIN" }],
      headers: { "User-Agent": userAgent },
    });

    // The request reached the action chain: it answered with its own refusal.
    expect(body).toContain("UNAUTHENTICATED");
    expectRefused(body, ["UNAUTHENTICATED"]);
    expect(await readMembership(officer.id)).toEqual({
      id: officer.id,
      role: officer.role,
      status: officer.status,
      updatedAt: officer.updatedAt,
      sessionVersion: officer.sessionVersion,
    });
    const denials = await denialsWithUserAgent(userAgent);
    expect(denials).toHaveLength(1);
    expect(denials[0]).toMatchObject({ actorId: null, organisationId: null });
    expect(denials[0]?.reason).toContain("change-member-role");
  });

  test("another tenant's operator admin cannot change an HKSTP member's role", async ({
    request,
    baseURL,
  }) => {
    const actionId = serverActionId(CHANGE_MEMBER_ROLE.file, CHANGE_MEMBER_ROLE.exportedName);
    const officer = await readMembershipOf(accountFor("officer").email, HKSTP);
    const cuhkAdminId = await userIdOf(CUHK_ADMIN_EMAIL);
    const cuhkId = await organisationIdOf(CUHK);
    await signInByRequest(request, CUHK_ADMIN_EMAIL, DEMO_PASSWORD);
    const userAgent = uniqueUserAgent("foreign-admin-action");

    // Naming HKSTP (not a member there), then naming their own organisation with HKSTP's record.
    for (const organisation of [HKSTP, CUHK]) {
      const { body } = await postServerAction(request, baseURL!, {
        path: `/${organisation}/members`,
        actionId,
        args: [{ organisation, membershipId: officer.id, role: "OPERATOR_ADMIN" }],
        headers: { "User-Agent": userAgent },
      });
      expectRefused(body, ["NOT_FOUND", "FORBIDDEN"]);
    }

    const after = await readMembership(officer.id);
    expect(after.role).toBe(officer.role);
    expect(after.status).toBe(officer.status);
    expect(after.updatedAt).toEqual(officer.updatedAt);
    expect(after.sessionVersion).toBe(officer.sessionVersion);

    const denials = await denialsWithUserAgent(userAgent);
    expect(denials).toHaveLength(2);
    for (const denial of denials) {
      expect(denial.actorId).toBe(cuhkAdminId);
      expect(denial.reason).toContain("change-member-role");
      // Recorded where the admin acts (or nowhere), never inside HKSTP's trail.
      expect([null, cuhkId]).toContain(denial.organisationId);
    }
  });
});

test.describe("middleware-bypass header (CVE-2025-29927)", () => {
  const BYPASS_VALUES = [
    "middleware:middleware:middleware:middleware:middleware",
    "proxy:proxy:proxy:proxy:proxy",
    "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
  ];

  for (const value of BYPASS_VALUES) {
    test(`x-middleware-subrequest: ${value.split(":")[0]}… opens nothing`, async ({
      request,
      baseURL,
    }) => {
      const bypass = { "x-middleware-subrequest": value };

      const page = await request.get(`/${HKSTP}`, { headers: bypass, maxRedirects: 0 });
      expect([302, 303, 307, 308, 404]).toContain(page.status());
      if (page.status() !== 404) {
        expect(new URL(page.headers()["location"] ?? "", baseURL).pathname).toBe("/sign-in");
      }
      expect(await page.text()).not.toContain(accountFor("officer").homeHeading);
      // The proxy still ran: its headers are there.
      expect(page.headers()["content-security-policy"]).toBeTruthy();

      // Nor does it switch off the cross-site check.
      const crossSite = await postCredentials(
        request,
        { email: "nobody@example.com", password: "whatever-password" },
        { ...bypass, Origin: EVIL_ORIGIN },
      );
      expect(crossSite.status).toBe(403);

      const officer = await readMembershipOf(accountFor("officer").email, HKSTP);
      const userAgent = uniqueUserAgent("bypass-action");
      const { body } = await postServerAction(request, baseURL!, {
        path: `/${HKSTP}/members`,
        actionId: serverActionId(CHANGE_MEMBER_ROLE.file, CHANGE_MEMBER_ROLE.exportedName),
        args: [{ organisation: HKSTP, membershipId: officer.id, role: "OPERATOR_ADMIN" }],
        headers: { ...bypass, "User-Agent": userAgent },
      });
      expectRefused(body, ["UNAUTHENTICATED"]);
      expect((await readMembership(officer.id)).role).toBe(officer.role);
      expect(await denialsWithUserAgent(userAgent)).toHaveLength(1);
    });
  }
});

test.describe("sessions", () => {
  test("a session saved before 'Sign out everywhere' cannot be replayed", async ({
    page,
    browser,
    baseURL,
  }) => {
    const user = await createUserWithMembership({
      label: "replay",
      organisationSlug: HKSTP,
      role: "PROGRAMME_OFFICER",
    });
    await signIn(page, user.email, user.password);
    await expect(page).toHaveURL(new RegExp(`/${HKSTP}$`));
    await expect(
      page.getByRole("heading", { level: 1, name: accountFor("officer").homeHeading }),
    ).toBeVisible();
    const saved = await page.context().storageState();
    expect(hasSessionCookie(saved.cookies.map((cookie) => cookie.name))).toBe(true);

    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.getByRole("button", { name: "Yes, sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    expect((await readMembership(user.membershipId)).sessionVersion).toBe(1);

    const replay = await browser.newContext({ storageState: saved, baseURL });
    try {
      const replayed = await replay.newPage();
      for (const path of [`/${HKSTP}`, "/account"]) {
        await replayed.goto(path);
        await expect(replayed).toHaveURL(/\/sign-in/);
      }
      await expect(
        replayed.getByRole("heading", { name: accountFor("officer").homeHeading }),
      ).toHaveCount(0);
    } finally {
      await replay.close();
    }
  });
});

test.describe("sign-in throttling and enumeration", () => {
  test("an unknown email and a wrong password look and take the same", async ({ request }) => {
    const realUser = await createUserWithMembership({
      label: "timing",
      organisationSlug: HKSTP,
      role: "PROGRAMME_OFFICER",
    });
    const unknownEmail = uniqueEmail("unknown");
    // Its own client address: the per-address limit (50) is never reached by re-runs.
    const headers = { "X-Forwarded-For": uniqueClientAddress() };
    const csrfToken = await fetchCsrfToken(request);
    const attempt = (email: string) =>
      postCredentials(request, { email, password: "Wrong-password-2026", csrfToken }, headers);

    // One unmeasured attempt each (the server's first unknown email computes its dummy hash).
    await attempt(unknownEmail);
    await attempt(realUser.email);
    const unknown: CredentialsAttempt[] = [];
    const wrongPassword: CredentialsAttempt[] = [];
    for (let round = 0; round < 6; round += 1) {
      unknown.push(await attempt(unknownEmail));
      wrongPassword.push(await attempt(realUser.email));
    }

    for (const result of [...unknown, ...wrongPassword]) {
      expect(result.status).toBe(401);
      expect(result.body).toEqual({ url: expect.stringMatching(WRONG_CREDENTIALS_BODY) });
      expect(hasSessionCookie(result.setCookies)).toBe(false);
    }
    expect(new Set([...unknown, ...wrongPassword].map((r) => JSON.stringify(r.body))).size).toBe(1);

    const unknownMedian = median(unknown.map((result) => result.elapsedMs));
    const wrongPasswordMedian = median(wrongPassword.map((result) => result.elapsedMs));
    console.log(
      `sign-in timing medians: unknown email ${unknownMedian.toFixed(1)} ms, wrong password ${wrongPasswordMedian.toFixed(1)} ms`,
    );
    expect(Math.abs(unknownMedian - wrongPasswordMedian)).toBeLessThan(100);
  });

  /** A fresh user whose account has used up its 10 failed sign-ins (through the endpoint). */
  async function userWithTenFailures(request: APIRequestContext) {
    const user = await createUserWithMembership({
      label: "throttle",
      organisationSlug: HKSTP,
      role: "PROGRAMME_OFFICER",
    });
    // Its own client address: only the per-account limit (10) is in play.
    const headers = { "X-Forwarded-For": uniqueClientAddress() };
    const csrfToken = await fetchCsrfToken(request);
    for (let failure = 1; failure <= 10; failure += 1) {
      const result = await postCredentials(
        request,
        { email: user.email, password: `Wrong-password-${failure}`, csrfToken },
        headers,
      );
      expect(result.status, `failure ${failure}`).toBe(401);
      expect(result.body).toEqual({ url: expect.stringMatching(WRONG_CREDENTIALS_BODY) });
    }
    return { user, headers, csrfToken };
  }

  test("after 10 failures the server refuses even the right password", async ({ request }) => {
    const { user, headers, csrfToken } = await userWithTenFailures(request);
    const throttled = await postCredentials(
      request,
      { email: user.email, password: user.password, csrfToken },
      headers,
    );
    expect(throttled.status).toBe(401);
    expect(throttled.body).toEqual({
      url: expect.stringContaining(`error=${encodeURIComponent(SIGN_IN_THROTTLED_MESSAGE)}`),
    });
    expect(hasSessionCookie(throttled.setCookies)).toBe(false);
  });

  test("the 11th sign-in through the form shows the throttling message", async ({
    page,
    request,
  }) => {
    const { user } = await userWithTenFailures(request);

    await signIn(page, user.email, user.password);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(SIGN_IN_THROTTLED_MESSAGE);
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto(`/${HKSTP}`);
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("partner isolation", () => {
  test("an AstraZeneca partner never sees Boehringer Ingelheim's cohort", async ({
    page,
    signInAs,
  }) => {
    // Start-ups enrolled in BI's co-incubation programme that are nowhere near AstraZeneca's.
    const biOnly = await sql<{ name: string; nameZh: string | null }>(
      `with linked as (
         select pp."programmeId", o."slug" from "ProgrammePartner" pp
           join "Organisation" o on o."id" = pp."partnerId")
       select s."name", s."nameZh" from "Organisation" s
        where s."kind" = 'STARTUP'
          and exists (select 1 from "Enrolment" e join linked l on l."programmeId" = e."programmeId"
                       where e."startupId" = s."id" and l."slug" = 'boehringer-ingelheim')
          and not exists (select 1 from "Enrolment" e join linked l on l."programmeId" = e."programmeId"
                           where e."startupId" = s."id" and l."slug" = 'astrazeneca')
          and not exists (select 1 from "Application" a join "Call" c on c."id" = a."callId"
                            join linked l on l."programmeId" = c."programmeId"
                           where a."startupId" = s."id" and l."slug" = 'astrazeneca')
        order by s."name"`,
    );
    expect(biOnly.length, "BI-only start-ups in the seed").toBeGreaterThanOrEqual(2);
    const secrets = biOnly
      .slice(0, 2)
      .flatMap((startup) => [startup.name, startup.nameZh])
      .filter((value): value is string => Boolean(value));
    const [azStartup] = await sql<{ name: string }>(
      `select s."name" from "Enrolment" e
         join "Organisation" s on s."id" = e."startupId"
         join "ProgrammePartner" pp on pp."programmeId" = e."programmeId"
         join "Organisation" p on p."id" = pp."partnerId"
        where p."slug" = 'astrazeneca' and e."status" = 'ACTIVE'
        order by s."name" limit 1`,
    );

    await signInAs("partner");
    const expectNoSecrets = async (path: string, text: string) => {
      for (const secret of secrets) expect(text, `${secret} on ${path}`).not.toContain(secret);
    };

    // Their own cohort is there.
    await page.goto("/astrazeneca");
    await expect(
      page.getByRole("heading", { level: 1, name: accountFor("partner").homeHeading }),
    ).toBeVisible();
    expect(azStartup, "an active AstraZeneca cohort start-up in the seed").toBeDefined();
    await expect(page.getByRole("main").getByText(azStartup!.name).first()).toBeVisible();

    // Other tenants' pages are not found, in the browser and as fetched directly.
    for (const path of ["/boehringer-ingelheim", "/hkstp"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expectNoSecrets(path, await page.content());
    }
    for (const path of [
      "/boehringer-ingelheim/members",
      "/boehringer-ingelheim/audit",
      "/hkstp/members",
      "/hkstp/audit",
      `/${CUHK}`,
    ]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
      await expectNoSecrets(path, await response.text());
    }

    // The pages a partner reaches, as the browser shows them.
    for (const path of ["/astrazeneca", "/account"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSecrets(`${path} (text)`, await page.locator("body").innerText());
      await expectNoSecrets(path, await page.content());
    }

    // Edited URLs and query strings, as HTML and as the RSC payload a client-side navigation
    // fetches (same session cookie).
    for (const path of [
      "/astrazeneca",
      "/astrazeneca?org=boehringer-ingelheim",
      "/astrazeneca?partner=boehringer-ingelheim&programme=boehringer-ingelheim-co-incubation",
      "/astrazeneca?organisationId=boehringer-ingelheim&slug=boehringer-ingelheim",
      "/astrazeneca/members",
      "/astrazeneca/audit",
      "/astrazeneca/boehringer-ingelheim",
      "/home",
      "/account",
      "/account?org=boehringer-ingelheim",
      "/platform",
    ]) {
      const html = await page.request.get(path);
      expect(html.status(), path).toBeLessThan(500);
      await expectNoSecrets(path, await html.text());
      const rsc = await page.request.get(path, { headers: { RSC: "1" } });
      await expectNoSecrets(`${path} (RSC)`, await rsc.text());
    }
  });
});
