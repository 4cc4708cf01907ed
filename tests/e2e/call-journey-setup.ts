/**
 * Page-object helpers for the start of the call journey: an officer creates a call on an
 * existing programme, gives it an eligibility check, builds a small form (a yes/no question, a
 * question shown only for "Yes", a required file upload), a two-criterion rubric, and publishes
 * it. Role-based locators, no sleeps; each helper ends when the page shows its outcome.
 *
 *   await signInAsOfficer(page);
 *   const call = await setUpAndPublishCall(page, { title: `Incu-Bio e2e ${runId}` });
 *   // call.publicPath is where a founder applies.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import { accountFor, signIn } from "./fixtures";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

// A server action, then the page's refresh: generous on a busy CI machine.
const OUTCOME = { timeout: 15_000 };

const HONG_KONG_OFFSET_MS = 8 * 3_600_000;

/** A `datetime-local` value in Hong Kong time, `days` from now ("2026-11-22T09:00"). */
export function hongKongInputTime(days: number, time = "09:00"): string {
  const hongKong = new Date(Date.now() + days * 86_400_000 + HONG_KONG_OFFSET_MS);
  return `${hongKong.toISOString().slice(0, 10)}T${time}`;
}

/** Signs in through the real form as the seeded programme officer (HKSTP). */
export async function signInAsOfficer(page: Page): Promise<void> {
  await signIn(page, accountFor("officer").email, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/sign-in/, OUTCOME);
}

export type CreatedCall = { callId: string; setupPath: string; title: string };

/**
 * From Programmes, opens `programmeName` and creates a call starting empty, open from
 * `opensAt` to `closesAt` (Hong Kong `datetime-local` values; by default it opened at
 * midnight today and closes in 30 days, so applicants can start at once). Ends on the
 * call's eligibility tab.
 */
export async function createCallOnProgramme(
  page: Page,
  {
    organisation = "hkstp",
    programmeName = "Incu-Bio Programme",
    title,
    opensAt = hongKongInputTime(0, "00:00"),
    closesAt = hongKongInputTime(30, "23:59"),
  }: {
    organisation?: string;
    programmeName?: string;
    title: string;
    opensAt?: string;
    closesAt?: string;
  },
): Promise<CreatedCall> {
  await page.goto(`/${organisation}/programmes`);
  await page.getByRole("link", { name: programmeName, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: programmeName })).toBeVisible();
  await page.getByRole("link", { name: "New call" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New call" })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Opens (Hong Kong time)").fill(opensAt);
  await page.getByLabel("Closes (Hong Kong time)").fill(closesAt);
  const copy = page.getByLabel("Start from an earlier call (optional)");
  if (await copy.count()) await copy.selectOption({ label: "Start empty" });
  await page.getByRole("button", { name: "Create call" }).click();
  await expect(page).toHaveURL(/\/calls\/[^/]+\/setup\/eligibility$/, OUTCOME);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const [, callId] = /\/calls\/([^/]+)\/setup/.exec(new URL(page.url()).pathname) ?? [];
  if (!callId) throw new Error(`No call id in ${page.url()}`);
  return { callId, setupPath: `/${organisation}/calls/${callId}/setup`, title };
}

/** Opens one of the set-up tabs ("Details", "Eligibility", "Form", "Rubric", "Publish"). */
export async function openSetupTab(
  page: Page,
  tab: "Details" | "Eligibility" | "Form" | "Rubric" | "Publish",
): Promise<void> {
  await page
    .getByRole("navigation", { name: "Call set-up" })
    .getByRole("link", { name: new RegExp(`^\\d\\.\\s*${tab}`) })
    .click();
  await expect(
    page.getByRole("navigation", { name: "Call set-up" }).locator('a[aria-current="page"]'),
  ).toContainText(tab);
}

/** Adds a question of `typeLabel` ("Yes / no", "File upload"…) to the first section; returns its settings. */
async function addQuestion(page: Page, typeLabel: string, number: string): Promise<Locator> {
  await page.getByLabel("New question type").first().selectOption({ label: typeLabel });
  await page.getByRole("button", { name: "Add a question" }).first().click();
  const settings = page.getByRole("group", { name: `Settings of question ${number}` });
  await expect(settings).toBeVisible();
  return settings;
}

/**
 * On the form tab, builds a small form in the first section: a required yes/no question
 * (`yesNoLabel`), a required short text shown only when it is answered "Yes"
 * (`conditionalLabel`), and a required file upload filed as a pitch deck (`fileLabel`); then
 * saves the draft.
 */
export async function buildSmallFormWithFile(
  page: Page,
  {
    yesNoLabel = "Is the company incorporated in Hong Kong?",
    conditionalLabel = "Business Registration number",
    fileLabel = "Pitch deck",
  }: { yesNoLabel?: string; conditionalLabel?: string; fileLabel?: string } = {},
): Promise<void> {
  await openSetupTab(page, "Form");
  const yesNo = await addQuestion(page, "Yes / no", "1.1");
  await yesNo.getByLabel("Question", { exact: true }).fill(yesNoLabel);
  await yesNo.getByLabel("Required to submit").check();

  const conditional = await addQuestion(page, "Short text", "1.2");
  await conditional.getByLabel("Question", { exact: true }).fill(conditionalLabel);
  await conditional.getByLabel("Required to submit").check();
  await conditional
    .getByLabel("Show this question only for certain answers to an earlier question")
    .check();
  await conditional.getByLabel("When the answer to").selectOption({ label: yesNoLabel });
  await conditional.getByRole("radio", { name: "Yes" }).check();

  const file = await addQuestion(page, "File upload", "1.3");
  await file.getByLabel("Question", { exact: true }).fill(fileLabel);
  await file.getByLabel("Required to submit").check();
  await file.getByLabel("Filed as").selectOption({ label: "Pitch deck" });

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Saved as draft version" }).first(),
  ).toBeVisible(OUTCOME);
}

/**
 * On the eligibility tab, adds one criterion checked automatically against the form's first
 * yes/no question (eligible when "Yes"), and saves.
 */
export async function addAutomaticEligibilityCheck(
  page: Page,
  { label = "Company incorporated in Hong Kong" }: { label?: string } = {},
): Promise<void> {
  await openSetupTab(page, "Eligibility");
  await page.getByRole("button", { name: "Add a criterion" }).click();
  const criterion = page
    .getByRole("list", { name: "Eligibility criteria" })
    .getByRole("listitem")
    .last();
  await criterion.getByLabel("Criterion", { exact: true }).fill(label);
  await criterion.getByRole("radio", { name: "Automatically, from an answer on the form" }).check();
  await criterion.getByRole("radio", { name: "Yes" }).check();
  await page.getByRole("button", { name: "Save criteria" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Eligibility criteria saved." }).first(),
  ).toBeVisible(OUTCOME);
}

/** On the rubric tab, adds two criteria weighted 60 % and 40 % (scale 1–5) and saves. */
export async function buildTwoCriterionRubric(page: Page): Promise<void> {
  await openSetupTab(page, "Rubric");
  const criteria = [
    { label: "Scientific merit", weight: "60" },
    { label: "Team", weight: "40" },
  ];
  for (const [index, criterion] of criteria.entries()) {
    await page.getByRole("button", { name: "Add a criterion" }).click();
    const row = page
      .getByRole("list", { name: "Review criteria" })
      .getByRole("listitem")
      .nth(index);
    await row.getByLabel("Criterion", { exact: true }).fill(criterion.label);
    await row.getByLabel("Weight", { exact: true }).fill(criterion.weight);
  }
  await expect(page.getByText("Weights add up to 100 %")).toBeVisible();
  await page.getByRole("button", { name: "Save rubric" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" }).first()).toBeVisible(OUTCOME);
}

/** On the publish tab, publishes the call; returns the public page's path (operator/call slugs). */
export async function publishCallFromSetup(page: Page): Promise<{ publicPath: string }> {
  await openSetupTab(page, "Publish");
  await page.getByRole("button", { name: "Publish call" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Publish" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "The call is published." }).first(),
  ).toBeVisible(OUTCOME);
  const publicLink = page.getByRole("link", { name: "Public page" });
  await expect(publicLink).toBeVisible(OUTCOME);
  const href = await publicLink.getAttribute("href");
  if (!href) throw new Error("The published call has no public page link");
  return { publicPath: href };
}

/**
 * The whole set-up: creates the call on `programmeName`, builds the small form with a file
 * question, adds the eligibility check and the rubric, and publishes. The officer must be
 * signed in (signInAsOfficer).
 */
export async function setUpAndPublishCall(
  page: Page,
  options: Parameters<typeof createCallOnProgramme>[1],
): Promise<CreatedCall & { publicPath: string }> {
  const call = await createCallOnProgramme(page, options);
  await buildSmallFormWithFile(page);
  await addAutomaticEligibilityCheck(page);
  await buildTwoCriterionRubric(page);
  const { publicPath } = await publishCallFromSetup(page);
  return { ...call, publicPath };
}
