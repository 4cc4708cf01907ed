import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { navItemsByRole } from "../../components/shell/nav-items";
import { LOCALE_COOKIE, LOCALES } from "../../i18n/locales";
import type { MembershipRole } from "../../lib/generated/prisma/enums";
import { expect, test, type Persona } from "./fixtures";

/**
 * axe on every main page, in every language: each persona's navigation (so a page gets
 * checked as soon as it is linked) plus the public pages. Serious and critical violations
 * fail; the rest are printed.
 */
const ROLE_OF: Partial<Record<Persona, { role: MembershipRole; organisation: string }>> = {
  "operator-admin": { role: "OPERATOR_ADMIN", organisation: "hkstp" },
  officer: { role: "PROGRAMME_OFFICER", organisation: "hkstp" },
  finance: { role: "FINANCE_APPROVER", organisation: "hkstp" },
  mentor: { role: "MENTOR", organisation: "hkstp" },
  partner: { role: "PARTNER_MEMBER", organisation: "astrazeneca" },
  founder: { role: "STARTUP_MEMBER", organisation: "pokfulam-cell" },
};

const PUBLIC_PAGES = ["/", "/sign-in", "/sign-up"];

async function chooseLocale(page: Page, locale: string) {
  const { origin } = new URL(page.url() === "about:blank" ? "http://localhost" : page.url());
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: origin }]);
}

async function checkPage(page: Page, path: string, locale: string) {
  const response = await page.goto(path);
  expect(response?.status(), `${path} (${locale}) answered`).toBeLessThan(400);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const blocking = results.violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  for (const violation of results.violations.filter((v) => !blocking.includes(v))) {
    console.log(`axe ${violation.impact}: ${path} (${locale}) ${violation.id}`);
  }
  expect(
    blocking.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    })),
    `serious or critical axe violations on ${path} (${locale})`,
  ).toEqual([]);
}

for (const locale of LOCALES) {
  test(`public pages have no serious accessibility violations (${locale})`, async ({
    page,
    baseURL,
  }) => {
    await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);
    for (const path of PUBLIC_PAGES) await checkPage(page, path, locale);
  });
}

/** A path's route shape: ids (cuid-like or long) become ":id", so one page per shape is checked. */
function routeShape(path: string): string {
  return path
    .split("/")
    .map((segment) => (/^c[a-z0-9]{20,}$/.test(segment) || segment.length > 24 ? ":id" : segment))
    .join("/");
}

/** At most this many detail pages per persona, found by following links from the nav pages. */
const DETAIL_PAGES_PER_PERSONA = 8;

/**
 * The detail pages a persona reaches from its navigation (an application, an enrolment, a
 * grant…): the first link of each route shape on each nav page, inside the organisation.
 */
async function detailPaths(
  page: Page,
  org: string,
  navPaths: readonly string[],
): Promise<string[]> {
  const shapes = new Set(navPaths.map(routeShape));
  const found: string[] = [];
  for (const navPath of navPaths) {
    await page.goto(navPath);
    const hrefs = await page
      .locator(`main a[href^="/${org}/"]`)
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    for (const href of hrefs) {
      const path = href.split(/[?#]/)[0]!;
      const shape = routeShape(path);
      if (shapes.has(shape)) continue;
      shapes.add(shape);
      found.push(path);
      if (found.length >= DETAIL_PAGES_PER_PERSONA) return found;
    }
  }
  return found;
}

for (const [persona, { role, organisation: org }] of Object.entries(ROLE_OF) as [
  Persona,
  { role: MembershipRole; organisation: string },
][]) {
  test(`${persona}'s main pages have no serious accessibility violations in any language`, async ({
    page,
    signInAs,
  }) => {
    test.setTimeout(420_000);
    await signInAs(persona);
    const navPaths = navItemsByRole[role].map(
      (item) => `/${org}${item.path ? `/${item.path}` : ""}`,
    );
    const paths = [...navPaths, "/account", ...(await detailPaths(page, org, navPaths))];
    for (const locale of LOCALES) {
      await chooseLocale(page, locale);
      for (const path of paths) await checkPage(page, path, locale);
    }
  });
}
