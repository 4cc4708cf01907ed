/**
 * Page-object helpers for the milestone and partner journey: the founder submits evidence →
 * the officer accepts it → the founder shares milestones with the partner → the partner sees
 * the milestone achieved. Role-based locators, no sleeps; each helper ends when the page shows
 * its outcome.
 *
 * Seeded data that fits the whole journey: Nathan Road Digital Health (AstraZeneca cohort,
 * shares nothing yet; founder gary.fong@nathanroad.demo), milestone "Software-as-a-medical-device
 * classification confirmed" (in progress, no mentor sign-off needed); officer@hkstp.demo;
 * partner@astrazeneca.demo (partner "AstraZeneca Hong Kong").
 */
import { expect, type Page } from "@playwright/test";

// A server action, then the page's refresh: generous on a busy CI machine.
const OUTCOME = { timeout: 15_000 };

/** Opens one milestone from the founder's milestone plans (the plan named `programmeName`, or the first). */
async function openFounderMilestone(
  page: Page,
  {
    organisation,
    milestoneTitle,
    programmeName,
  }: { organisation: string; milestoneTitle: string; programmeName?: string },
): Promise<void> {
  await page.goto(`/${organisation}/milestones`);
  const plans = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Your milestone plans" }) });
  const planLink = programmeName
    ? plans.getByRole("link", { name: programmeName, exact: true })
    : plans.getByRole("link").first();
  await planLink.click();
  await expect(page.getByRole("heading", { name: "Milestone plan" })).toBeVisible();
  await page
    .getByRole("list", { name: "Milestones in plan order" })
    .getByRole("link", { name: milestoneTitle, exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: milestoneTitle })).toBeVisible();
}

/**
 * The founder submits evidence for a milestone (planned, in progress or delayed) with a note
 * and, if given, a file (a path to a PDF, Office document or image); ends when the milestone
 * shows "Evidence submitted" and the file is listed. Returns the milestone's path.
 */
export async function founderSubmitsMilestoneEvidence(
  page: Page,
  {
    organisation,
    milestoneTitle,
    note,
    filePath,
    programmeName,
  }: {
    organisation: string;
    milestoneTitle: string;
    note: string;
    filePath?: string;
    programmeName?: string;
  },
): Promise<{ milestonePath: string }> {
  await openFounderMilestone(page, { organisation, milestoneTitle, programmeName });
  const milestonePath = new URL(page.url()).pathname;
  const form = page.getByRole("form", { name: "Submit evidence" });
  await form.getByLabel("What shows this milestone is achieved?").fill(note);
  await form.getByRole("button", { name: "Submit evidence for assessment" }).click();
  await expect(page.getByText("Evidence submitted", { exact: true }).first()).toBeVisible(OUTCOME);
  await expect(page.getByText(note)).toBeVisible(OUTCOME);
  if (filePath) {
    await page.getByLabel("Attach documents").setInputFiles(filePath);
    const fileName = filePath.split("/").pop() ?? filePath;
    await expect(page.getByRole("link", { name: fileName })).toBeVisible(OUTCOME);
  }
  return { milestonePath };
}

/**
 * The officer opens the milestone from "Evidence to assess" (the entry of `startupName`) and
 * accepts it; ends when it shows "Achieved". A milestone that needs a mentor's sign-off must be
 * signed off first (mentorSignsOffMilestone).
 */
export async function officerAcceptsMilestone(
  page: Page,
  {
    organisation,
    startupName,
    milestoneTitle,
    comment = "Evidence reviewed; milestone achieved.",
  }: { organisation: string; startupName: string; milestoneTitle: string; comment?: string },
): Promise<void> {
  await page.goto(`/${organisation}/milestones`);
  const queue = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Evidence to assess" }) });
  await queue
    .getByRole("listitem")
    .filter({ hasText: startupName })
    .getByRole("link", { name: milestoneTitle, exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: milestoneTitle })).toBeVisible();
  const form = page.getByRole("form", { name: "Assess the evidence" });
  await form.getByRole("radio", { name: /^Accept/ }).check();
  await form.getByLabel("Comment (optional)").fill(comment);
  await form.getByRole("button", { name: "Accept as achieved" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Accept as achieved" }).click();
  await expect(page.getByText("Achieved", { exact: true }).first()).toBeVisible(OUTCOME);
}

/** The assigned mentor signs off submitted evidence from "Sign-offs requested". */
export async function mentorSignsOffMilestone(
  page: Page,
  {
    organisation,
    startupName,
    milestoneTitle,
  }: { organisation: string; startupName: string; milestoneTitle: string },
): Promise<void> {
  await page.goto(`/${organisation}/milestones`);
  const queue = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Sign-offs requested" }) });
  await queue
    .getByRole("listitem")
    .filter({ hasText: startupName })
    .getByRole("link", { name: milestoneTitle, exact: true })
    .click();
  await page.getByRole("button", { name: "Sign off the evidence" }).click();
  await expect(page.getByText(/^Signed off by /)).toBeVisible(OUTCOME);
}

/**
 * The founder shares a category ("Milestones", "Coaching summaries" or "Documents") with a
 * partner on the Sharing page; ends when the button has turned into "Stop sharing".
 */
export async function founderConsentsToPartner(
  page: Page,
  {
    organisation,
    partnerName,
    category = "Milestones",
  }: {
    organisation: string;
    partnerName: string;
    category?: "Milestones" | "Coaching summaries" | "Documents";
  },
): Promise<void> {
  await page.goto(`/${organisation}/sharing`);
  const what = `${category.toLowerCase()} with ${partnerName}`;
  await page
    .getByRole("button", { name: `Share ${what}` })
    .first()
    .click();
  await expect(page.getByRole("button", { name: `Stop sharing ${what}` }).first()).toBeVisible(
    OUTCOME,
  );
}

/**
 * The partner opens the start-up from its co-incubation cohort and sees the milestone in the
 * shared plan, with its status label ("Achieved", "In progress", …).
 */
export async function partnerSeesMilestone(
  page: Page,
  {
    organisation,
    startupName,
    milestoneTitle,
    status = "Achieved",
  }: { organisation: string; startupName: string; milestoneTitle: string; status?: string },
): Promise<void> {
  await page.goto(`/${organisation}/partner-cohort`);
  await page.getByRole("link", { name: startupName, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: startupName })).toBeVisible();
  const milestone = page
    .getByRole("list", { name: "Milestones" })
    .getByRole("listitem")
    .filter({ hasText: milestoneTitle });
  await expect(milestone).toBeVisible();
  await expect(milestone.getByText(status, { exact: true })).toBeVisible();
}
