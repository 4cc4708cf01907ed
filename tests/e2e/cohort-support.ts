// A server action, then the page's refresh: generous on a busy CI machine.
const OUTCOME = { timeout: 15_000 };

/**
 * Page-object helpers for the cohort journey (officer assigns a mentor → mentor logs a session
 * with an action item → founder confirms it and ticks the item off). Role-based locators, no
 * sleeps; each helper ends when the page shows its outcome.
 */
import { expect, type Page } from "@playwright/test";

/** The officer opens the start-up's enrolment from the cohort and assigns a suggested mentor. */
export async function officerAssignsMentor(
  page: Page,
  {
    organisation,
    startupName,
    mentorName,
  }: { organisation: string; startupName: string; mentorName: string },
): Promise<{ enrolmentPath: string }> {
  await page.goto(`/${organisation}/cohort`);
  await page.getByRole("link", { name: startupName, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: startupName })).toBeVisible();
  const enrolmentPath = new URL(page.url()).pathname;
  await page.getByRole("button", { name: `Assign ${mentorName}` }).click();
  await expect(page.getByRole("status")).toContainText(`${mentorName} is assigned`, OUTCOME);
  return { enrolmentPath };
}

/**
 * The mentor opens an assigned start-up from Mentoring, logs a session (shared notes, a
 * progress rating, private notes) with one action item for a named founder, due `dueOn`
 * ("YYYY-MM-DD"), and lands back on the start-up's page with the session shown.
 */
export async function mentorLogsSessionWithActionItem(
  page: Page,
  {
    organisation,
    startupName,
    sharedNotes,
    privateNotes = "Team is stretched; worth a check-in on hiring.",
    rating = "3 – On plan",
    actionItem,
  }: {
    organisation: string;
    startupName: string;
    sharedNotes: string;
    privateNotes?: string;
    rating?: string;
    actionItem: { description: string; ownerName: string; dueOn: string };
  },
): Promise<void> {
  await page.goto(`/${organisation}/mentoring`);
  await page.getByRole("link", { name: startupName, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: startupName })).toBeVisible();
  await page.getByRole("link", { name: "Log a session" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log a session" })).toBeVisible();
  await page.getByLabel(`Notes for ${startupName}`).fill(sharedNotes);
  // The rating chips are visually replaced radios: check the radio itself.
  await page.getByRole("radio", { name: rating }).check({ force: true });
  await page.getByLabel("Private notes").fill(privateNotes);
  await page.getByRole("button", { name: "Add an action item" }).click();
  await page.getByLabel("Action 1").fill(actionItem.description);
  await page.getByLabel("Person").selectOption({ label: actionItem.ownerName });
  await page.getByLabel("Due").fill(actionItem.dueOn);
  await page.getByRole("button", { name: "Log session" }).click();
  await expect(page).toHaveURL(/\/mentoring\/[^/#?]+(#session-[^/]+)?$/, OUTCOME);
  await expect(page.getByText(sharedNotes)).toBeVisible();
}

/**
 * The founder opens Coaching, confirms the logged session that carries the action item, and
 * ticks the item off; the item then shows as done under the confirmed session.
 */
export async function founderConfirmsAndCompletesActionItem(
  page: Page,
  { organisation, actionItemDescription }: { organisation: string; actionItemDescription: string },
): Promise<void> {
  await page.goto(`/${organisation}/coaching`);
  const session = page.locator("article").filter({ hasText: actionItemDescription }).first();
  await session.getByRole("button", { name: "Confirm it took place" }).click();
  // Confirmed, the session moves from "Confirm your sessions" to the history with its badge.
  await expect(
    page
      .locator("article")
      .filter({ hasText: actionItemDescription })
      .filter({ has: page.getByText("Confirmed", { exact: true }) }),
  ).toBeVisible(OUTCOME);
  await page.getByRole("checkbox", { name: actionItemDescription }).first().check();
  await expect(
    page.getByRole("checkbox", { name: actionItemDescription, checked: true }).first(),
  ).toBeVisible(OUTCOME);
  await expect(
    page.getByRole("checkbox", { name: actionItemDescription, checked: false }),
  ).toHaveCount(0, OUTCOME);
}
