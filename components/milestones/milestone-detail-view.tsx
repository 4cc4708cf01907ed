import { getTranslations } from "next-intl/server";
import type { MilestoneDetail } from "@/lib/data/milestones/get-milestone-detail";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getFormat } from "@/i18n/format";
import { hongKongToday } from "@/lib/domain/dates";
import { milestonePlanPath } from "@/lib/domain/milestone-paths";
import {
  acceptanceProblem,
  isEditableMilestoneStatus,
  isRemovableMilestoneStatus,
  movesFor,
  signOffProblem,
} from "@/lib/domain/milestone-status";
import { EditMilestoneForm } from "./edit-milestone-form";
import { localName } from "./local-name";
import { EvidenceFiles } from "./evidence-files";
import {
  AssessMilestoneForm,
  DelayMilestoneForm,
  MarkMissedForm,
  SignOffButton,
  StartMilestoneButton,
  SubmitEvidenceForm,
} from "./milestone-actions";
import { MilestoneDue } from "./milestone-due";
import { MilestoneStatusBadge } from "./milestone-status-badge";
import type { MilestoneViewerSide } from "./milestone-plan-view";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** One milestone: what was promised, what to do next (by side), the evidence and the timeline. */
export async function MilestoneDetailView({
  organisationSlug,
  milestone,
  side,
  now,
  locale,
}: {
  organisationSlug: string;
  milestone: MilestoneDetail;
  side: MilestoneViewerSide;
  now: Date;
  locale: string;
}) {
  const [t, f] = await Promise.all([getTranslations("milestones"), getFormat()]);
  const { enrolment } = milestone;
  const isActive = enrolment.status === "ACTIVE";
  const target = { organisation: organisationSlug, milestoneId: milestone.id };
  const moves = side === "MENTOR" ? [] : movesFor(milestone.status, side);
  const canMoveHere = (move: (typeof moves)[number]) =>
    moves.includes(move) && (isActive || side === "OFFICER");
  const latestEvidence = milestone.evidence[0];
  const canChangeFiles = side === "STARTUP" && milestone.status === "SUBMITTED";
  const canSignOff = side === "MENTOR" && signOffProblem(milestone) === null;
  const canEdit = side !== "MENTOR" && isActive && isEditableMilestoneStatus(milestone.status);

  const nextSteps = [
    canMoveHere("SUBMIT_EVIDENCE") ? (
      <Step key="submit" title={t("detail.stepSubmit")}>
        <SubmitEvidenceForm {...target} />
      </Step>
    ) : null,
    canMoveHere("ACCEPT") ? (
      <Step key="assess" title={t("detail.stepAssess")}>
        <AssessMilestoneForm
          {...target}
          milestoneTitle={milestone.title}
          signOffProblem={
            milestone.requiresMentorSignOff && !milestone.mentorSignedOffAt
              ? t("detail.needsSignOff")
              : acceptanceProblem(milestone)
          }
        />
      </Step>
    ) : null,
    canSignOff ? (
      <Step key="sign-off" title={t("detail.stepSignOff")}>
        <SignOffButton {...target} />
      </Step>
    ) : null,
    canMoveHere("START") || canMoveHere("RESUME") ? (
      <Step
        key="start"
        title={milestone.status === "DELAYED" ? t("detail.stepResume") : t("detail.stepProgress")}
      >
        <StartMilestoneButton {...target} isResume={milestone.status === "DELAYED"} />
      </Step>
    ) : null,
    canMoveHere("DELAY") ? (
      <Step key="delay" title={t("detail.stepDelay")} isCollapsed>
        <DelayMilestoneForm {...target} today={isoDay(hongKongToday(now))} />
      </Step>
    ) : null,
    canMoveHere("MARK_MISSED") ? (
      <Step key="missed" title={t("detail.stepMissed")} isCollapsed>
        <MarkMissedForm {...target} milestoneTitle={milestone.title} />
      </Step>
    ) : null,
  ].filter(Boolean);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
      <div className="space-y-6">
        <Card>
          <CardHeader
            title={t("detail.milestoneTitle")}
            action={<MilestoneStatusBadge status={milestone.status} />}
          />
          <CardBody className="space-y-3">
            <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              <Fact label={t("detail.due")}>
                <MilestoneDue dueOn={milestone.dueOn} status={milestone.status} now={now} />
              </Fact>
              <Fact label={t("detail.category")}>{t(`category.${milestone.category}`)}</Fact>
              <Fact label={t("detail.mentorSignOff")}>
                {!milestone.requiresMentorSignOff
                  ? t("detail.signOffNotRequired")
                  : milestone.mentorSignedOffAt
                    ? t("detail.signedOffBy", {
                        name: milestone.mentorSignedOffBy?.name ?? t("detail.aMentor"),
                        date: f.dateTime(milestone.mentorSignedOffAt),
                      })
                    : enrolment.mentors.length > 0
                      ? t("detail.signOffRequiredFrom", {
                          names: enrolment.mentors.map((m) => m.name).join(" / "),
                        })
                      : t("detail.signOffNoMentor")}
              </Fact>
              {milestone.achievedAt ? (
                <Fact label={t("detail.achieved")}>
                  {f.dateTime(milestone.achievedAt)}
                  {milestone.assessedBy
                    ? t("detail.acceptedBy", { name: milestone.assessedBy.name })
                    : ""}
                </Fact>
              ) : milestone.submittedAt && milestone.status === "SUBMITTED" ? (
                <Fact label={t("detail.submitted")}>{f.dateTime(milestone.submittedAt)}</Fact>
              ) : null}
              {milestone.template ? (
                <Fact label={t("detail.template")}>
                  <Badge tone="brand">
                    {localName(locale, milestone.template.title, milestone.template.titleZh)}
                  </Badge>
                </Fact>
              ) : null}
            </dl>
            {milestone.description ? (
              <p className="text-sm whitespace-pre-line text-ink-700">{milestone.description}</p>
            ) : null}
            {milestone.assessmentComment && milestone.status !== "SUBMITTED" ? (
              <div className="rounded-md border border-ink-200 bg-ink-50 px-3 py-2 text-sm">
                <p className="font-medium text-ink-800">
                  {t("detail.programmeTeam")}
                  {milestone.assessedBy ? ` (${milestone.assessedBy.name})` : ""}
                </p>
                <p className="whitespace-pre-line text-ink-700">{milestone.assessmentComment}</p>
              </div>
            ) : null}
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            title={t("detail.evidence")}
            description={
              milestone.evidence.length > 1
                ? t("detail.submissions", { count: milestone.evidence.length })
                : undefined
            }
          />
          {milestone.evidence.length === 0 ? (
            <CardBody>
              <EmptyState title={t("detail.noEvidenceTitle")}>
                {side === "STARTUP" ? t("detail.noEvidenceStartup") : t("detail.noEvidenceOther")}
              </EmptyState>
            </CardBody>
          ) : (
            <ol className="divide-y divide-ink-100">
              {milestone.evidence.map((evidence) => (
                <li key={evidence.id} className="space-y-3 px-4 py-4 sm:px-5">
                  <p className="text-xs text-ink-500">
                    {evidence.submittedBy.name} · {f.dateTime(evidence.createdAt)}
                    {evidence.id === latestEvidence?.id && milestone.status === "SUBMITTED" ? (
                      <>
                        {" "}
                        ·{" "}
                        <span className="font-medium text-brand-700">
                          {t("detail.waitingForAssessment")}
                        </span>
                      </>
                    ) : null}
                  </p>
                  <p className="text-sm whitespace-pre-line text-ink-800">{evidence.note}</p>
                  <EvidenceFiles
                    organisation={organisationSlug}
                    evidenceId={evidence.id}
                    files={evidence.attachments}
                    canChange={canChangeFiles && evidence.id === latestEvidence?.id}
                  />
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>

      <div className="space-y-6">
        {nextSteps.length > 0 ? (
          <Card>
            <CardHeader title={t("detail.nextSteps")} />
            <div className="divide-y divide-ink-100">{nextSteps}</div>
          </Card>
        ) : null}
        {canEdit ? (
          <Card>
            <details>
              <summary className="cursor-pointer px-4 py-3 text-base font-semibold text-ink-900 sm:px-5">
                {isRemovableMilestoneStatus(milestone.status)
                  ? t("detail.editOrRemove")
                  : t("detail.edit")}
                <span className="block text-sm font-normal text-ink-500">
                  {t("detail.editHint")}
                </span>
              </summary>
              <div className="border-t border-ink-100 px-4 py-4 sm:px-5">
                <EditMilestoneForm
                  organisation={organisationSlug}
                  milestone={{
                    id: milestone.id,
                    title: milestone.title,
                    category: milestone.category,
                    description: milestone.description,
                    dueOn: isoDay(milestone.dueOn),
                    requiresMentorSignOff: milestone.requiresMentorSignOff,
                  }}
                  earliest={isoDay(enrolment.startsOn)}
                  isOfficer={side === "OFFICER"}
                  canRemove={
                    isRemovableMilestoneStatus(milestone.status) && milestone.evidence.length === 0
                  }
                  planPath={milestonePlanPath(organisationSlug, enrolment.id)}
                />
              </div>
            </details>
          </Card>
        ) : null}
        <Card>
          <CardHeader title={t("detail.timeline")} />
          {milestone.statusChanges.length === 0 ? (
            <CardBody>
              <p className="text-sm text-ink-500">{t("detail.noTimeline")}</p>
            </CardBody>
          ) : (
            <ol className="divide-y divide-ink-100">
              {milestone.statusChanges.map((change) => (
                <li key={change.id} className="px-4 py-2.5 text-sm sm:px-5">
                  <p className="text-ink-800">
                    {change.fromStatus ? (
                      <>
                        {t(`status.${change.fromStatus}`)} →{" "}
                        <span className="font-medium">{t(`status.${change.toStatus}`)}</span>
                      </>
                    ) : (
                      <span className="font-medium">{t("detail.addedToPlan")}</span>
                    )}
                  </p>
                  <p className="text-xs text-ink-500">
                    {change.actor?.name ?? "Incubase"} · {f.dateTime(change.createdAt)}
                  </p>
                  {change.reason ? (
                    <p className="mt-1 text-sm whitespace-pre-line text-ink-700">{change.reason}</p>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-ink-500 uppercase">{label}</dt>
      <dd className="mt-0.5 text-ink-800">{children}</dd>
    </div>
  );
}

function Step({
  title,
  children,
  isCollapsed = false,
}: {
  title: string;
  children: React.ReactNode;
  isCollapsed?: boolean;
}) {
  if (isCollapsed) {
    return (
      <details className="group px-4 py-3 sm:px-5">
        <summary className="cursor-pointer text-sm font-semibold text-ink-900">{title}</summary>
        <div className="mt-3">{children}</div>
      </details>
    );
  }
  return (
    <section className="space-y-2 px-4 py-4 sm:px-5">
      <h3 className="text-sm font-semibold text-ink-900">{title}</h3>
      {children}
    </section>
  );
}
