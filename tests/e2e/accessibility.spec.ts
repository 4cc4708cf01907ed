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

for (const [persona, { role, organisation: org }] of Object.entries(ROLE_OF) as [
  Persona,
  { role: MembershipRole; organisation: string },
][]) {
  test(`${persona}'s main pages have no serious accessibility violations in any language`, async ({
    page,
    signInAs,
  }) => {
    test.setTimeout(180_000);
    await signInAs(persona);
    const paths = navItemsByRole[role].map((item) => `/${org}${item.path ? `/${item.path}` : ""}`);
    for (const locale of LOCALES) {
      await chooseLocale(page, locale);
      for (const path of [...paths, "/account"]) await checkPage(page, path, locale);
    }
  });
}
