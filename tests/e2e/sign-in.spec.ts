import { randomUUID } from "node:crypto";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { expect, signIn, test } from "./fixtures";

test.describe("signing in", () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`${account.role} signs in and lands on their home`, async ({ page, signInAs }) => {
      await signInAs(account.persona);
      await expect(
        page.getByRole("heading", { level: 1, name: account.homeHeading }),
      ).toBeVisible();
    });
  }

  test("a wrong password gets a clear message and stays on the sign-in page", async ({ page }) => {
    const officer = DEMO_ACCOUNTS.find((account) => account.persona === "officer");
    await signIn(page, officer?.email ?? "officer@hkstp.demo", "not-the-password");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "The email or password is incorrect.",
    );
    await expect(page).toHaveURL(/sign-in/);
  });

  test("an unknown email gets the same message as a wrong password", async ({ page }) => {
    // A new unknown email per run: a fixed one would reach the per-account throttle (10 failures
    // in 15 minutes) after a few runs on the same database and get the throttling message.
    await signIn(page, `nobody-${randomUUID().slice(0, 8)}@example.com`, "whatever-password");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "The email or password is incorrect.",
    );
  });

  test("a signed-out visitor asking for a tenant page is sent to sign in", async ({ page }) => {
    await page.goto("/hkstp");
    await expect(page).toHaveURL(/sign-in/);
  });

  test("a founder cannot open another organisation's pages", async ({ page, signInAs }) => {
    await signInAs("founder");
    const response = await page.goto("/astrazeneca");
    expect(response?.status()).toBe(404);
  });

  test("signing out ends the session", async ({ page, signInAs }) => {
    await signInAs("officer");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/sign-in/);
    await page.goto("/hkstp");
    await expect(page).toHaveURL(/sign-in/);
  });
});
