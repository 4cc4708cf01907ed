import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "../../prisma/seed/demo-accounts";

export type Persona = DemoAccount["persona"];

export function accountFor(persona: Persona): DemoAccount {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.persona === persona);
  if (!account) throw new Error(`No demo account for persona ${persona}`);
  return account;
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** `signInAs("officer")` signs in through the real form as that seeded persona. */
export const test = base.extend<{ signInAs: (persona: Persona) => Promise<DemoAccount> }>({
  // Playwright's fixture callback is named `use` by convention; it is not a React hook.
  signInAs: async ({ page }, provide) => {
    await provide(async (persona) => {
      const account = accountFor(persona);
      await signIn(page, account.email, DEMO_PASSWORD);
      await expect(page).not.toHaveURL(/sign-in/);
      return account;
    });
  },
});

export { expect, signIn };
