import Link from "next/link";
import { Brand } from "@/components/shell/brand";
import { buttonClassName } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-16">
      <div className="max-w-md text-center">
        <div className="mb-8 flex justify-center">
          <Brand />
        </div>
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="mt-1 text-2xl font-semibold text-ink-900">Page not found</h1>
        <p className="mt-2 text-ink-600">
          This page does not exist, or your account does not have access to it.
        </p>
        <Link href="/home" className={buttonClassName({ className: "mt-6" })}>
          Go to your home page
        </Link>
      </div>
    </main>
  );
}
