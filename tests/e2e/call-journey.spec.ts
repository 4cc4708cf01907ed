/**
 * Issue 4, the whole call journey against a production build: an officer publishes a call, the
 * demo founder applies (answers, a required file, review, submit), the officer screens it
 * eligible and assigns two reviewers, one declares a conflict and steps aside, the other scores
 * every criterion and submits, the officer shortlists and accepts it, and the founder sees the
 * decision. Each person signs in in a browser context of their own. Unique titles per run, so
 * the spec can run again on the same database.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import { signInAsOfficer, setUpAndPublishCall } from "./call-journey-setup";
import { accountFor, expect, signIn, test } from "./fixtures";

// A page load or a server action and the page's refresh, on a busy shared machine.
const SLOW = { timeout: 60_000 };

const PDF = readFileSync(path.resolve(import.meta.dirname, "../fixtures/files/receipt.pdf"));

// Seeded HKSTP mentors (prisma/seed/staff.ts) who can review Incu-Bio applications.
const CONFLICTED_REVIEWER = { email: "michael.lo@hkstp.demo", name: "Michael Lo" };
const SCORING_REVIEWER = { email: "rebecca.wong@hkstp.demo", name: "Rebecca Wong" };

/** A browser context of its own, signed in through the real form. */
async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/sign-in/, SLOW);
  return page;
}

/** Does `change`, then waits for the draft's autosave (a server action POST) it triggers. */
async function answerAndWaitForAutosave(page: Page, change: () => Promise<void>): Promise<void> {
  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === "POST" &&
      response.request().headers()["next-action"] !== undefined,
    SLOW,
  );
  await change();
  expect((await saved).ok()).toBe(true);
}

/** Picks the <option> whose text starts with `name` (the label also carries the title). */
async function selectByName(page: Page, label: string, name: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  const value = await select
    .locator("option", { hasText: new RegExp(`^${name} · `) })
    .getAttribute("value");
  if (!value) throw new Error(`No option "${name}" in ${label}`);
  await select.selectOption(value);
}

test.describe("call journey", () => {
  test("a published call is applied to, screened, reviewed, accepted, and the founder sees it", async ({
    browser,
  }) => {
    test.setTimeout(600_000);
    const runId = Date.now();
    const callTitle = `Incu-Bio e2e call ${runId}`;
    const projectTitle = `CAR-NK e2e project ${runId}`;
    const fileName = `pitch-deck-${runId}.pdf`;
    const feedback = `Welcome to Incu-Bio (${runId}); your programme officer will be in touch.`;

    // 1. The programme officer sets up and publishes the call.
    const officer = await (await browser.newContext()).newPage();
    await signInAsOfficer(officer);
    const call = await setUpAndPublishCall(officer, { title: callTitle });

    // 2. The founder opens the public call page and starts an application.
    const founder = await signedInPage(browser, accountFor("founder").email);
    await founder.goto(call.publicPath);
    await expect(founder.getByRole("heading", { level: 1, name: callTitle })).toBeVisible(SLOW);
    const start = founder.getByRole("form", { name: "Start an application" });
    await start.getByLabel("Project title").fill(projectTitle);
    await start.getByRole("button", { name: "Start or continue application" }).click();
    await expect(founder).toHaveURL(/\/pokfulam-cell\/applications\/[^/]+$/, SLOW);
    await expect(founder.getByRole("heading", { level: 1, name: projectTitle })).toBeVisible(SLOW);
    const applicationPath = new URL(founder.url()).pathname;

    // 3. Answers (each autosaved before the next), the required file, then review and submit.
    await answerAndWaitForAutosave(founder, () =>
      founder.getByRole("radio", { name: "Yes", exact: true }).check(),
    );
    await answerAndWaitForAutosave(founder, () =>
      founder.getByLabel("Business Registration number").fill("71234567"),
    );
    await answerAndWaitForAutosave(founder, () =>
      founder
        .getByLabel("Pitch deck")
        .setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: PDF }),
    );
    await expect(founder.getByRole("link", { name: fileName })).toBeVisible(SLOW);
    await expect(
      founder
        .getByRole("status")
        .filter({ hasText: /^Saved / })
        .first(),
    ).toBeVisible(SLOW);
    await founder.getByRole("button", { name: "Review and submit" }).click();
    await expect(founder).toHaveURL(`${applicationPath}/review`, SLOW);
    await expect(founder.getByText("Everything required is answered.")).toBeVisible(SLOW);
    await expect(founder.getByRole("link", { name: fileName })).toBeVisible();
    await founder.getByRole("button", { name: "Submit application" }).click();
    await expect(founder).toHaveURL(applicationPath, SLOW);
    await expect(founder.getByRole("heading", { name: "Your answers" })).toBeVisible(SLOW);
    await expect(founder.getByText("Submitted", { exact: true }).first()).toBeVisible(SLOW);

    // 4. The officer screens it eligible and assigns two reviewers.
    await officer.goto(`/hkstp/calls/${call.callId}/applications`);
    await officer.getByRole("link", { name: projectTitle, exact: true }).click();
    await expect(officer.getByRole("heading", { level: 1, name: projectTitle })).toBeVisible(SLOW);
    const screening = officer.getByRole("form", { name: "Screen the application" });
    await screening.getByRole("radio", { name: /^Eligible/ }).check();
    await screening.getByRole("button", { name: "Record screening" }).click();
    // The page refreshes at once: the screening form (and its confirmation) gives way to the
    // outcome, and reviewers can be assigned.
    await expect(officer.getByRole("heading", { name: "Outcome" })).toBeVisible(SLOW);
    await expect(officer.getByText("In review", { exact: true }).first()).toBeVisible();
    const assign = officer.getByRole("form", { name: "Assign a reviewer" });
    for (const reviewer of [CONFLICTED_REVIEWER, SCORING_REVIEWER]) {
      await expect(assign).toBeVisible(SLOW);
      await selectByName(officer, "Reviewer", reviewer.name);
      await assign.getByRole("button", { name: "Assign reviewer" }).click();
      await expect(
        officer
          .getByRole("status")
          .filter({ hasText: `${reviewer.name} is assigned` })
          .first(),
      ).toBeVisible(SLOW);
    }
    const assignments = officer.getByRole("list", { name: "Reviewer assignments" });
    await expect(assignments.getByRole("listitem")).toHaveCount(2, SLOW);

    // 5. The first reviewer declares a conflict and steps aside.
    const conflicted = await signedInPage(browser, CONFLICTED_REVIEWER.email);
    await conflicted.goto("/hkstp/reviews");
    await conflicted
      .getByRole("list", { name: "Applications assigned to you" })
      .getByRole("link", { name: projectTitle })
      .click();
    await expect(conflicted.getByRole("heading", { level: 1, name: projectTitle })).toBeVisible(
      SLOW,
    );
    await conflicted.getByRole("radio", { name: /^Yes: I have a conflict/ }).check();
    await conflicted
      .getByLabel("Describe the conflict")
      .fill("I advised the founders on their GMP process transfer last year.");
    await conflicted.getByRole("button", { name: "Make declaration" }).click();
    await expect(conflicted.getByRole("heading", { name: "You declared a conflict" })).toBeVisible(
      SLOW,
    );

    // 6. The second declares no conflict, scores every criterion and submits.
    const reviewer = await signedInPage(browser, SCORING_REVIEWER.email);
    await reviewer.goto("/hkstp/reviews");
    await reviewer
      .getByRole("list", { name: "Applications assigned to you" })
      .getByRole("link", { name: projectTitle })
      .click();
    await expect(reviewer.getByRole("heading", { level: 1, name: projectTitle })).toBeVisible(SLOW);
    await reviewer.getByRole("radio", { name: /^No: I hold no shares/ }).check();
    await reviewer.getByRole("button", { name: "Make declaration" }).click();
    await expect(reviewer.getByRole("heading", { name: "Your scores" })).toBeVisible(SLOW);
    // The score chips are visually replaced radios: check the radio itself.
    await reviewer.getByRole("radio", { name: "Scientific merit: 4" }).check({ force: true });
    await reviewer.getByRole("radio", { name: "Team: 5" }).check({ force: true });
    await reviewer.getByLabel("Comment on Scientific merit").fill("Solid CAR-NK preclinical data.");
    await reviewer.getByLabel("Recommendation").selectOption({ label: "Strongly support" });
    await reviewer.getByLabel("Overall comment").fill("Fund it: experienced team, clear IND path.");
    await reviewer.getByRole("button", { name: "Submit review" }).click();
    // Submitted, the form gives way to the panel summary with the reviewer's recommendation.
    await expect(reviewer.getByRole("heading", { name: "Submitted" })).toBeVisible(SLOW);
    await expect(reviewer.getByText("Your recommendation: Strongly support")).toBeVisible();

    // The officer sees one review in, one reviewer conflicted.
    await officer.reload();
    await expect(
      assignments.getByRole("listitem").filter({ hasText: CONFLICTED_REVIEWER.name }),
    ).toContainText("Conflict declared", SLOW);
    await expect(
      assignments.getByRole("listitem").filter({ hasText: SCORING_REVIEWER.name }),
    ).toContainText("Submitted", SLOW);

    // 7. On the results page the officer shortlists it, then accepts it.
    await officer.goto(`/hkstp/calls/${call.callId}/results`);
    const row = officer.getByRole("row").filter({ hasText: projectTitle });
    await expect(row).toContainText("1 of 1", SLOW);
    await expect(row).toContainText("1 conflicted");
    await row.getByRole("button", { name: /^Shortlist / }).click();
    await expect(row.getByText("Shortlisted", { exact: true })).toBeVisible(SLOW);
    await row.getByText(/^Decide /).click();
    await row.getByLabel("Outcome").selectOption({ label: "Accept into the programme" });
    await row
      .getByLabel("Rationale (internal)")
      .fill("Highest weighted mean of the round; the only conflicted reviewer stepped aside.");
    await row.getByLabel("Feedback to the applicant (optional)").fill(feedback);
    await row.getByRole("button", { name: "Record decision" }).click();
    await officer.getByRole("alertdialog").getByRole("button", { name: "Record decision" }).click();
    await expect(row.getByText("Accepted", { exact: true })).toBeVisible(SLOW);

    // 8. The founder sees the decision on the application and the feedback in the inbox.
    await founder.goto(applicationPath);
    await expect(founder.getByRole("heading", { level: 1, name: projectTitle })).toBeVisible(SLOW);
    await expect(founder.getByText("Accepted", { exact: true }).first()).toBeVisible(SLOW);
    await expect(
      founder.getByRole("list", { name: "Timeline" }).getByText("Shortlisted → Accepted"),
    ).toBeVisible();
    await founder.goto("/inbox");
    await expect(founder.getByText(feedback)).toBeVisible(SLOW);
  });
});
