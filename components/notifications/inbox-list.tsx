"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { markNotificationRead } from "@/lib/actions/notifications/mark-notification-read";

export type InboxListItem = {
  id: string;
  kindLabel: string;
  title: string;
  body: string;
  /** In-app path, or null for a notice with nowhere to go. */
  link: string | null;
  organisationName: string | null;
  receivedLabel: string;
  receivedIso: string;
  isUnread: boolean;
};

/**
 * The inbox's notices. Opening one marks it read on the way; "Mark read" does so without
 * leaving. Marked notices turn grey at once and the server's answer follows.
 */
export function InboxList({ items }: { items: InboxListItem[] }) {
  const t = useTranslations("inboxClient");
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [markedRead, setMarkedRead] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  async function markRead(id: string, { refresh }: { refresh: boolean }) {
    setMarkedRead((current) => new Set(current).add(id));
    try {
      const result = await markNotificationRead({ notificationId: id });
      const problem = describeActionError(result ?? {});
      if (problem) setError(problem);
      else if (refresh) startTransition(() => router.refresh());
    } catch {
      setError(t("unreachable"));
    }
  }

  return (
    <div>
      <FormMessage>{error}</FormMessage>
      <ul className="divide-y divide-ink-100" aria-label={t("notices")}>
        {items.map((item) => {
          const isUnread = item.isUnread && !markedRead.has(item.id);
          return (
            <li
              key={item.id}
              className={`flex gap-3 px-4 py-4 sm:px-5 ${isUnread ? "bg-brand-50/40" : ""}`}
            >
              <span
                aria-hidden="true"
                className={`mt-2 h-2 w-2 shrink-0 rounded-full ${isUnread ? "bg-brand-600" : "bg-transparent"}`}
              />
              <div className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:gap-3">
                <div className="min-w-0 flex-1">
                  <p className="text-xs text-ink-500">
                    <span className="font-medium text-brand-800">{item.kindLabel}</span>
                    {item.organisationName ? ` · ${item.organisationName}` : null}
                    {" · "}
                    <time dateTime={item.receivedIso} className="whitespace-nowrap">
                      {item.receivedLabel}
                    </time>
                    {isUnread ? <span className="sr-only"> {t("unreadMark")}</span> : null}
                  </p>
                  <h2
                    className={`mt-1 text-sm ${isUnread ? "font-semibold text-ink-900" : "font-medium text-ink-700"}`}
                  >
                    {item.link ? (
                      <Link
                        href={item.link}
                        onClick={() => {
                          if (isUnread) void markRead(item.id, { refresh: false });
                        }}
                        className="hover:text-brand-800 hover:underline"
                      >
                        {item.title}
                      </Link>
                    ) : (
                      item.title
                    )}
                  </h2>
                  <p className="mt-1 line-clamp-3 text-sm whitespace-pre-line text-ink-600">
                    {item.body}
                  </p>
                </div>
                {isUnread ? (
                  <div className="-ml-3 shrink-0 sm:ml-0">
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => void markRead(item.id, { refresh: true })}
                      aria-label={t("markReadLabel", { title: item.title })}
                    >
                      {t("markRead")}
                    </Button>
                  </div>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
