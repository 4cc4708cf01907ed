import { getTranslations } from "next-intl/server";
import { ClarificationForm } from "@/components/applications/clarifications/clarification-form";
import { ClarificationThread } from "@/components/applications/clarifications/clarification-thread";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { roleCan } from "@/lib/auth/permissions";
import {
  listClarifications,
  type ClarificationSide,
} from "@/lib/data/clarifications/list-clarifications";
import {
  isAwaitingReply,
  replyClarificationProblem,
  requestClarificationProblem,
} from "@/lib/domain/clarifications";
import type { ApplicationStatus, MembershipRole } from "@/lib/generated/prisma/enums";

/**
 * Questions from the programme office and the applicant's replies, on either side's application
 * page (the page has already checked the viewer reaches the application). The officer asks
 * while the application is being worked on; the founder replies once asked.
 */
export async function ClarificationsPanel({
  side,
  organisation,
  role,
  application,
}: {
  side: ClarificationSide;
  organisation: { id: string; slug: string; name: string };
  role: MembershipRole;
  application: {
    id: string;
    status: ApplicationStatus;
    organisation?: { name: string };
    startup?: { name: string };
  };
}) {
  const t = await getTranslations("applicationsClient.clarifications");
  const messages = await listClarifications({
    side,
    organisationId: organisation.id,
    applicationId: application.id,
  });
  const kinds = messages.map((message) => message.kind);
  if (side === "STARTUP" && application.status === "DRAFT" && messages.length === 0) return null;

  const isAwaiting = isAwaitingReply(kinds);
  const canWrite =
    side === "OPERATOR"
      ? roleCan(role, "application.request_clarification") &&
        requestClarificationProblem(application.status) === null
      : roleCan(role, "application.reply_clarification") &&
        replyClarificationProblem(application.status, kinds) === null;
  const operatorName =
    side === "OPERATOR" ? organisation.name : (application.organisation?.name ?? t("theOffice"));
  const startupName =
    side === "STARTUP" ? organisation.name : (application.startup?.name ?? t("theApplicant"));
  const closedNote =
    side === "OPERATOR"
      ? requestClarificationProblem(application.status)
      : messages.length > 0
        ? replyClarificationProblem(application.status, kinds)
        : null;

  return (
    <div id="clarifications" className="scroll-mt-20">
      <Card>
        <CardHeader
          title={side === "OPERATOR" ? t("titleOperator") : t("titleStartup")}
          description={
            messages.length === 0 ? undefined : t("messages", { count: messages.length })
          }
          action={
            isAwaiting ? (
              <Badge tone="warning">
                {side === "OPERATOR" ? t("awaitingApplicant") : t("replyNeeded")}
              </Badge>
            ) : messages.length > 0 ? (
              <Badge tone="success">{t("answered")}</Badge>
            ) : null
          }
        />
        <CardBody className="space-y-4">
          {messages.length === 0 ? (
            <EmptyState title={t("emptyTitle")}>
              {side === "OPERATOR" ? t("emptyOperator") : t("emptyStartup")}
            </EmptyState>
          ) : (
            <ClarificationThread
              messages={messages}
              operatorName={operatorName}
              startupName={startupName}
            />
          )}
          {canWrite ? (
            <div className="border-t border-ink-100 pt-4">
              <ClarificationForm
                side={side}
                organisation={organisation.slug}
                applicationId={application.id}
              />
            </div>
          ) : closedNote && application.status !== "DRAFT" ? (
            <p className="text-sm text-ink-500">{closedNote}</p>
          ) : null}
        </CardBody>
      </Card>
    </div>
  );
}
