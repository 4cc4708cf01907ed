import { getTranslations } from "next-intl/server";

/** Shown while a tenant page's data loads: the page's shape, and a status for screen readers. */
export default async function Loading() {
  const t = await getTranslations("common");
  return (
    <div className="animate-pulse space-y-6" aria-busy="true">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div className="h-8 w-64 rounded bg-ink-200" />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[0, 1, 2, 3].map((key) => (
          <div key={key} className="h-24 rounded-lg border border-ink-200 bg-white" />
        ))}
      </div>
      <div className="h-64 rounded-lg border border-ink-200 bg-white" />
    </div>
  );
}
