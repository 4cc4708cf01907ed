import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import { accountFor, expect, signIn, test, type Persona } from "./fixtures";

const RECEIPT = path.resolve(import.meta.dirname, "../fixtures/files/receipt.pdf");
// Page loads and server actions, generous for a cold `next dev` on a busy machine.
const SLOW = { timeout: 60_000 };

/** "HK$2,664,700.00" → 266470000n: the page's money read back exactly. */
function centsOf(text: string): bigint {
  const match = /HK\$([\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`No HKD amount in "${text}"`);
  return BigInt(match[1]!.replaceAll(",", "")) * 100n + BigInt(match[2]!);
}

/** A separate signed-in browser for one persona: each person signs with their own session. */
async function pageAs(browser: Browser, persona: Persona): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, accountFor(persona).email, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/sign-in/, SLOW);
  return page;
}

/** The Upfront grant's paid and remaining amounts on the founder's grant page. */
async function upfrontBalance(page: Page) {
  await page.goto("/pokfulam-cell/grants");
  const row = page.getByRole("row", { name: /Upfront grant/ });
  const cells = row.getByRole("cell");
  return {
    paid: centsOf(await cells.nth(4).innerText()),
    remaining: centsOf(await cells.nth(5).innerText()),
  };
}

test.describe("grants and disbursements", () => {
  test("a founder's tranche with a receipt is approved, signed, paid, and the balance follows", async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    const founder = await pageAs(browser, "founder");
    const before = await upfrontBalance(founder);
    const purpose = `Cell-culture media, invoice E2E-${Date.now()}`;

    // The founder asks for HK$1,234.56 from the upfront grant, with the receipt.
    await founder.getByRole("link", { name: "Request a tranche" }).first().click();
    await founder.getByRole("radio", { name: /Upfront grant/ }).check();
    await founder.getByLabel("Amount (HKD)").fill("1,234.56");
    await expect(founder.getByText("HK$1,234.56", { exact: true })).toBeVisible();
    await founder.getByLabel("What is it for?").fill(purpose);
    await founder.getByLabel(/Invoices and receipts/).setInputFiles(RECEIPT);
    await founder.getByRole("button", { name: "Send request" }).click();
    await expect(founder.getByText(/Request sent/)).toBeVisible(SLOW);
    await expect(founder.getByRole("link", { name: "receipt.pdf" })).toBeVisible();
    const trancheUrl = new URL(founder.url());
    const trancheId = trancheUrl.pathname.split("/").pop()!;

    // The programme officer approves it, after a confirmation.
    const officer = await pageAs(browser, "officer");
    await officer.goto("/hkstp/disbursements");
    await expect(officer.getByText(purpose, { exact: true })).toBeVisible(SLOW);
    await officer.goto(`/hkstp/disbursements/${trancheId}`);
    await expect(officer.getByRole("link", { name: "receipt.pdf" })).toBeVisible(SLOW);
    await officer.getByRole("button", { name: "Approve HK$1,234.56" }).click();
    const approveDialog = officer.getByRole("alertdialog", { name: /Approve HK\$1,234.56/ });
    await expect(approveDialog).toContainText("first signature");
    await approveDialog.getByRole("button", { name: "Approve HK$1,234.56" }).click();
    await expect(officer.getByText("Officer approved", { exact: true })).toBeVisible(SLOW);

    // Finance gives the second signature, then records the payment.
    const finance = await pageAs(browser, "finance");
    await finance.goto(`/hkstp/disbursements/${trancheId}`);
    await finance.getByRole("button", { name: "Sign HK$1,234.56" }).click();
    await finance
      .getByRole("alertdialog", { name: /Sign HK\$1,234.56/ })
      .getByRole("button", { name: "Sign HK$1,234.56" })
      .click();
    await expect(finance.getByText("Finance approved", { exact: true })).toBeVisible(SLOW);
    await finance.getByRole("button", { name: "Record payment" }).click();
    const payment = finance.getByRole("alertdialog", { name: /Record the payment/ });
    await payment.getByLabel("Payment reference").fill(`HKSTP-PV-E2E-${Date.now()}`);
    await payment.getByRole("button", { name: "Record payment" }).click();
    await expect(finance.getByText(/reference HKSTP-PV-E2E-/)).toBeVisible(SLOW);

    // The founder sees the money paid and the bucket's remaining balance lower by exactly that.
    const after = await upfrontBalance(founder);
    expect(after.paid - before.paid).toBe(123_456n);
    expect(before.remaining - after.remaining).toBe(123_456n);
    await founder.goto(`/pokfulam-cell/disbursements/${trancheId}`);
    await expect(founder.getByText(/reference HKSTP-PV-E2E-/)).toBeVisible(SLOW);
  });

  test("the officer cannot approve a gated tranche before its milestone is achieved", async ({
    page,
    signInAs,
  }) => {
    test.setTimeout(120_000);
    await signInAs("officer");
    await page.goto("/hkstp/disbursements");
    const gated = page
      .getByRole("listitem")
      .filter({ hasText: "(requested in advance)" })
      .filter({ has: page.getByText("In progress", { exact: true }) })
      .first();
    await expect(gated.getByRole("button", { name: /^Approve/ })).toBeDisabled(SLOW);
    await expect(gated).toContainText("It can be approved once the milestone is achieved.");
  });
});
