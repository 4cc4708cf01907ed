import Link from "next/link";
import { getTranslations } from "next-intl/server";
import {
  type OperatorAdminHomeData,
  RECENT_DEACTIVATION_DAYS,
} from "@/lib/data/homes/operator-admin-home";
import { describeAuditAction } from "@/components/audit/describe-audit-action";
import { BarChart } from "@/components/charts/bar-chart";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { getFormat } from "@/i18n/format";

const linkClassName =
  "font-medium text-brand-700 hover:text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600";

/** The operator admin's home: who has which role, who is invited, what happened, who left. */
export async function OperatorAdminHome({
  organisationName,
  organisationNameZh = null,
  organisationSlug,
  data,
}: {
  organisationName: string;
  organisationNameZh?: string | null;
  organisationSlug: string;
  data: OperatorAdminHomeData;
}) {
  const t = await getTranslations("adminHome");
  const roles = await getTranslations("roles");
  const f = await getFormat();
  const personName = (user: { name: string; nameZh: string | null }) =>
    f.locale !== "en" && user.nameZh ? user.nameZh : user.name;
  const expiringSoon = data.expiringSoonCount;
  const membersPath = `/${organisationSlug}/members`;
  // English keeps the audit page's wording; Chinese names the known subjects and verbs and
  // falls back to the English description for an action this page does not know yet.
  const describeAction = (action: string) => {
    const [subject = "", ...rest] = action.split(".");
    const verb = rest.join("_");
    const subjectKey = `auditSubject.${subject}`;
    const verbKey = `auditVerb.${verb}`;
    if (f.locale === "en" || !t.has(subjectKey) || !t.has(verbKey)) {
      return describeAuditAction(action);
    }
    return t("auditLine", { subject: t(subjectKey), verb: t(verbKey) });
  };
  const describeTarget = (targetType: string) => {
    const key = `auditTarget.${targetType}`;
    return f.locale !== "en" && t.has(key) ? t(key) : targetType;
  };
  const more = (shown: number, total: number) =>
    total > shown ? (
      <span className="text-ink-500">{t("moreShown", { shown, total: f.number(total) })}</span>
    ) : undefined;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description", {
          organisation:
            f.locale !== "en" && organisationNameZh ? organisationNameZh : organisationName,
        })}
      />
      <StatGrid>
        <Stat label={t("statActive")} value={f.number(data.activeMemberCount)} tone="brand" />
        <Stat
          label={t("statInvitations")}
          value={f.number(data.invitationCount)}
          tone={expiringSoon > 0 ? "warning" : "neutral"}
          hint={t("statInvitationsHint", { count: expiringSoon })}
        />
        <Stat
          label={t("statProgrammes")}
          value={f.number(data.programmeCount)}
          hint={t("statProgrammesHint")}
        />
        <Stat
          label={t("statPartners")}
          value={f.number(data.partnerCount)}
          hint={t("statPartnersHint")}
        />
      </StatGrid>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader
            title={t("rolesTitle")}
            description={t("rolesDescription")}
            action={
              <Link href={membersPath} className={linkClassName}>
                {t("manageMembers")}
              </Link>
            }
          />
          <CardBody>
            {data.countsByRole.length === 0 ? (
              <EmptyState title={t("rolesEmptyTitle")}>{t("rolesEmptyBody")}</EmptyState>
            ) : (
              <BarChart
                title={t("rolesChartTitle")}
                summary={t("rolesChartSummary", {
                  active: data.activeMemberCount,
                  roles: data.countsByRole.length,
                  deactivated: data.deactivatedMemberCount,
                })}
                labelHeader={t("colRole")}
                valueHeader={t("colActive")}
                data={data.countsByRole.map((row) => ({
                  label: roles(row.role),
                  value: row.active,
                  display: f.number(row.active),
                }))}
                extraColumns={[
                  {
                    header: t("colDeactivated"),
                    cells: data.countsByRole.map((row) => f.number(row.deactivated)),
                  },
                ]}
              />
            )}
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            title={t("invitationsTitle")}
            description={t("invitationsDescription")}
            action={more(data.invitations.length, data.invitationCount)}
          />
          <CardBody>
            {data.invitations.length === 0 ? (
              <EmptyState
                title={t("invitationsEmptyTitle")}
                action={
                  <Link href={membersPath} className={linkClassName}>
                    {t("manageMembers")}
                  </Link>
                }
              >
                {t("invitationsEmptyBody")}
              </EmptyState>
            ) : (
              <ul className="divide-y divide-ink-100">
                {data.invitations.map((invitation) => (
                  <li key={invitation.id} className="py-2.5 first:pt-0 last:pb-0">
                    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                      <span className="font-medium [overflow-wrap:anywhere] text-ink-900">
                        {invitation.name ?? invitation.email}
                      </span>
                      <Badge tone="brand">{roles(invitation.role)}</Badge>
                      {invitation.isExpiringSoon ? (
                        <Badge tone="warning">{t("expiringSoon")}</Badge>
                      ) : null}
                    </p>
                    <p className="text-xs [overflow-wrap:anywhere] text-ink-500">
                      {invitation.name ? `${invitation.email} · ` : ""}
                      {t("invitedBy", { name: invitation.invitedByName })} ·{" "}
                      <span
                        className={invitation.isExpiringSoon ? "font-medium text-amber-700" : ""}
                      >
                        {t("expires", { date: f.dateTime(invitation.expiresAt) })}
                      </span>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            title={t("auditTitle")}
            description={t("auditDescription")}
            action={
              <Link href={`/${organisationSlug}/audit`} className={linkClassName}>
                {t("auditAll")}
              </Link>
            }
          />
          {data.auditEvents.length === 0 ? (
            <CardBody>
              <EmptyState title={t("auditEmptyTitle")}>{t("auditEmptyBody")}</EmptyState>
            </CardBody>
          ) : (
            <ol className="divide-y divide-ink-100">
              {data.auditEvents.map((event) => (
                <li
                  key={event.id}
                  className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 px-4 py-2.5 sm:px-5"
                >
                  <p className="min-w-0 text-sm [overflow-wrap:anywhere] text-ink-800">
                    <span className="font-medium">
                      {event.actor ? personName(event.actor) : t("system")}
                    </span>
                    <span className="text-ink-500"> · </span>
                    {describeAction(event.action)}
                    {event.targetType ? (
                      <span className="text-ink-500"> ({describeTarget(event.targetType)})</span>
                    ) : null}
                  </p>
                  <time
                    className="text-xs whitespace-nowrap text-ink-500"
                    dateTime={event.createdAt.toISOString()}
                  >
                    {f.dateTime(event.createdAt)}
                  </time>
                </li>
              ))}
            </ol>
          )}
        </Card>

        <Card>
          <CardHeader
            title={t("deactivatedTitle")}
            description={t("deactivatedDescription", { days: RECENT_DEACTIVATION_DAYS })}
            action={more(data.deactivated.length, data.deactivatedRecentlyCount)}
          />
          <CardBody>
            {data.deactivated.length === 0 ? (
              <EmptyState title={t("deactivatedEmptyTitle", { days: RECENT_DEACTIVATION_DAYS })}>
                {t("deactivatedEmptyBody")}
              </EmptyState>
            ) : (
              <ul className="divide-y divide-ink-100">
                {data.deactivated.map((member) => (
                  <li key={member.id} className="py-2.5 first:pt-0 last:pb-0">
                    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                      <span className="font-medium text-ink-900">{personName(member)}</span>
                      <Badge tone="neutral">{roles(member.role)}</Badge>
                    </p>
                    <p className="text-xs [overflow-wrap:anywhere] text-ink-500">
                      {member.email} · {t("deactivatedOn", { date: f.date(member.updatedAt) })}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
