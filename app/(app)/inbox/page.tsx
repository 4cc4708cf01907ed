import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { InboxList } from "@/components/notifications/inbox-list";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { AppHeader } from "@/components/shell/app-header";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getFormat } from "@/i18n/format";
import { requireUser } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/data/notifications/count-unread-notifications";
import { listInbox, type InboxFilter } from "@/lib/data/notifications/list-inbox";
import { isSameSitePath } from "@/lib/email/app-url";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inbox");
  return { title: t("title") };
}

type SearchParams = Promise<{ filter?: string; after?: string }>;

function inboxHref(filter: InboxFilter, after?: string | null): string {
  const params = new URLSearchParams();
  if (filter === "unread") params.set("filter", "unread");
  if (after) params.set("after", after);
  const query = params.toString();
  return query ? `/inbox?${query}` : "/inbox";
}

/** The signed-in user's notices from every organisation they belong to, newest first. */
export default async function InboxPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const { filter: rawFilter, after } = await searchParams;
  const filter: InboxFilter = rawFilter === "unread" ? "unread" : "all";
  const [page, unreadCount] = await Promise.all([
    listInbox({ userId: user.id, filter, after: after ?? null }),
    countUnreadNotifications(user.id),
  ]);

  const t = await getTranslations("inbox");
  const f = await getFormat();
  const tabs: { filter: InboxFilter; label: string }[] = [
    { filter: "all", label: t("all") },
    {
      filter: "unread",
      label: unreadCount > 0 ? t("unreadCount", { count: unreadCount }) : t("unread"),
    },
  ];

  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader
        userName={user.name}
        userDetail={user.email}
        context={<p className="text-sm font-semibold text-ink-900">{t("title")}</p>}
      />
      <main className="mx-auto w-full max-w-3xl flex-1 space-y-5 px-4 py-6 sm:px-6 sm:py-8">
        <PageHeader
          title={t("title")}
          description={t.rich("description", {
            account: (chunks) => (
              <Link href="/account#notifications" className="text-brand-800 hover:underline">
                {chunks}
              </Link>
            ),
          })}
        />

        <div className="flex flex-wrap items-center justify-between gap-3">
          <nav aria-label={t("filterLabel")} className="flex gap-1 rounded-md bg-ink-100 p-1">
            {tabs.map((tab) => (
              <Link
                key={tab.filter}
                href={inboxHref(tab.filter)}
                aria-current={tab.filter === filter ? "page" : undefined}
                className={`rounded px-3 py-1 text-sm font-medium ${
                  tab.filter === filter
                    ? "bg-white text-ink-900 shadow-xs"
                    : "text-ink-600 hover:text-ink-900"
                }`}
              >
                {tab.label}
              </Link>
            ))}
          </nav>
          <MarkAllReadButton unreadCount={unreadCount} />
        </div>

        {page.items.length === 0 ? (
          after ? (
            <EmptyState
              title={t("noOlder")}
              action={
                <ButtonLink href={inboxHref(filter)} variant="secondary" size="sm">
                  {t("backToNewest")}
                </ButtonLink>
              }
            />
          ) : filter === "unread" ? (
            <EmptyState
              title={t("caughtUp")}
              action={
                <ButtonLink href={inboxHref("all")} variant="secondary" size="sm">
                  {t("showAll")}
                </ButtonLink>
              }
            >
              {t("caughtUpHint")}
            </EmptyState>
          ) : (
            <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
          )
        ) : (
          <Card>
            <InboxList
              items={page.items.map((item) => ({
                id: item.id,
                kindLabel: t(`kind.${item.kind}`),
                title: item.title,
                body: item.body,
                link: isSameSitePath(item.link) ? item.link : null,
                organisationName: item.organisationName,
                receivedLabel: f.dateTime(item.createdAt),
                receivedIso: item.createdAt.toISOString(),
                isUnread: item.readAt === null,
              }))}
            />
          </Card>
        )}

        {after || page.nextCursor ? (
          <nav aria-label={t("moreLabel")} className="flex flex-wrap justify-between gap-3">
            {after ? (
              <ButtonLink href={inboxHref(filter)} variant="ghost" size="sm">
                {t("newest")}
              </ButtonLink>
            ) : (
              <span />
            )}
            {page.nextCursor ? (
              <ButtonLink href={inboxHref(filter, page.nextCursor)} variant="secondary" size="sm">
                {t("older")}
              </ButtonLink>
            ) : null}
          </nav>
        ) : null}
      </main>
    </div>
  );
}
