import type { Metadata } from "next";
import Link from "next/link";
import { Brand } from "@/components/shell/brand";
import { DEFAULT_CALLBACK_PATH, safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { RegisterStartupForm } from "./register-startup-form";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Register your start-up" };

/**
 * Public sign-up for founders: an account and a start-up in one step, then back to
 * `callbackUrl` (the call they were reading) when it is a same-origin path. Someone already
 * signed in registers a start-up with their own account instead.
 */
export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const requested = safeCallbackPath((await searchParams).callbackUrl);
  const callbackPath = requested === DEFAULT_CALLBACK_PATH ? null : requested;
  const query = callbackPath ? `?callbackUrl=${encodeURIComponent(callbackPath)}` : "";
  const user = await getCurrentUser();

  return (
    <main className="flex min-h-dvh items-start justify-center px-4 py-10 sm:items-center">
      <div className="w-full max-w-lg">
        <div className="mb-6 flex justify-center">
          <Brand />
        </div>
        <div className="rounded-lg border border-ink-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold text-ink-900">Register your start-up</h1>
          {user ? (
            <>
              <p className="mt-1 mb-5 text-sm text-ink-500">
                You are signed in as{" "}
                <strong className="font-medium text-ink-900">{user.email}</strong>. The start-up is
                registered with this account and you become its first member; invite your
                co-founders from its Team page.
              </p>
              <RegisterStartupForm callbackPath={callbackPath} />
            </>
          ) : (
            <>
              <p className="mt-1 mb-5 text-sm text-ink-500">
                One account for you and one for your company. Apply to any operator&apos;s open
                calls, then invite your co-founders. Joining a start-up that is already on Incubase?
                Ask its founder for an invitation instead.
              </p>
              {callbackPath?.startsWith("/calls/") ? (
                <p className="mb-5 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
                  When your account is ready you go straight back to the call to start your
                  application.
                </p>
              ) : null}
              <SignUpForm callbackPath={callbackPath} />
              <p className="mt-5 text-center text-sm text-ink-600">
                Already have an account?{" "}
                <Link
                  href={`/sign-in${query}`}
                  className="font-medium text-brand-800 hover:underline"
                >
                  Sign in
                </Link>
              </p>
            </>
          )}
        </div>
      </div>
    </main>
  );
}
