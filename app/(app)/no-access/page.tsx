import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AppHeader } from "@/components/shell/app-header";
import { homePathFor, requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "No access yet" };

export default async function NoAccessPage() {
  const user = await requireUser();
  const home = homePathFor(user);
  if (home !== "/no-access") redirect(home);
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader userName={user.name} userDetail={user.email} />
      <main className="mx-auto w-full max-w-xl flex-1 px-4 py-16 sm:px-6">
        <h1 className="text-2xl font-semibold text-ink-900">
          You are not a member of any organisation yet
        </h1>
        <p className="mt-3 text-ink-600">
          Your account ({user.email}) is signed in, but no organisation has given it a role. Ask the
          administrator of your incubation programme, start-up or partner team to invite this email
          address, then sign in again.
        </p>
      </main>
    </div>
  );
}
