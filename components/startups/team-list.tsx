import { getTranslations } from "next-intl/server";
import { getFormat } from "@/i18n/format";
import { Badge } from "@/components/ui/badge";
import type { MemberRow } from "@/lib/data/members/list-members";

/** The start-up's people: name, title, email and when they last signed in. */
export async function TeamList({
  members,
  currentUserId,
}: {
  members: MemberRow[];
  currentUserId: string;
}) {
  const t = await getTranslations("team");
  const f = await getFormat();
  return (
    <ul className="divide-y divide-ink-100" aria-label={t("title")}>
      {members.map((member) => (
        <li
          key={member.id}
          className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4 sm:px-5"
        >
          <div className="min-w-0">
            <p className="font-medium text-ink-900">
              {member.user.name}
              {member.user.nameZh ? (
                <span className="ml-1.5 font-normal text-ink-500" lang="zh-HK">
                  {member.user.nameZh}
                </span>
              ) : null}
              {member.user.id === currentUserId ? (
                <span className="ml-2 align-middle">
                  <Badge tone="brand">{t("you")}</Badge>
                </span>
              ) : null}
              {member.status === "DEACTIVATED" ? (
                <span className="ml-2 align-middle">
                  <Badge tone="muted">{t("noLonger")}</Badge>
                </span>
              ) : null}
            </p>
            {member.title ? <p className="text-sm text-ink-600">{member.title}</p> : null}
            <p className="text-sm break-all text-ink-500">{member.user.email}</p>
          </div>
          <p className="shrink-0 text-xs text-ink-500 tabular-nums sm:pt-0.5 sm:text-right">
            {member.user.lastSignInAt
              ? t("lastSignedIn", { when: f.dateTime(member.user.lastSignInAt) })
              : t("neverSignedIn")}
          </p>
        </li>
      ))}
    </ul>
  );
}
