import type { MilestoneDetail } from "@/lib/data/milestones/get-milestone-detail";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge, statusLabel } from "@/components/ui/status-badge";
import { formatHkDateTime, hongKongToday } from "@/lib/domain/dates";
import { milestoneCategoryLabels } from "@/lib/domain/milestone-categories";
import { milestonePlanPath } from "@/lib/domain/milestone-paths";
import {
  acceptanceProblem,
  isEditableMilestoneStatus,
  isRemovableMilestoneStatus,
  movesFor,
  signOffProblem,
} from "@/lib/domain/milestone-status";
import { EditMilestoneForm } from "./edit-milestone-form";
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
import type { MilestoneViewerSide } from "./milestone-plan-view";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** One milestone: what was promised, what to do next (by side), the evidence and the timeline. */
export function MilestoneDetailView({
  organisationSlug,
  milestone,
  side,
  now,
}: {
  organisationSlug: string;
  milestone: MilestoneDetail;
  side: MilestoneViewerSide;
  now: Date;
}) {
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
      <Step key="submit" title="Submit evidence">
        <SubmitEvidenceForm {...target} />
      </Step>
    ) : null,
    canMoveHere("ACCEPT") ? (
      <Step key="assess" title="Assess the evidence">
        <AssessMilestoneForm {...target} signOffProblem={acceptanceProblem(milestone)} />
      </Step>
    ) : null,
    canSignOff ? (
      <Step key="sign-off" title="Mentor sign-off">
        <SignOffButton {...target} />
      </Step>
    ) : null,
    canMoveHere("START") || canMoveHere("RESUME") ? (
      <Step key="start" title={milestone.status === "DELAYED" ? "Resume" : "Progress"}>
        <StartMilestoneButton {...target} isResume={milestone.status === "DELAYED"} />
      </Step>
    ) : null,
    canMoveHere("DELAY") ? (
      <Step key="delay" title="Running late?" isCollapsed>
        <DelayMilestoneForm {...target} today={isoDay(hongKongToday(now))} />
      </Step>
    ) : null,
    canMoveHere("MARK_MISSED") ? (
      <Step key="missed" title="Close as missed" isCollapsed>
        <MarkMissedForm {...target} />
      </Step>
    ) : null,
  ].filter(Boolean);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
      <div className="space-y-6">
        <Card>
          <CardHeader
            title="The milestone"
            action={<StatusBadge kind="milestone" status={milestone.status} />}
          />
          <CardBody className="space-y-3">
            <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              <Fact label="Due">
                <MilestoneDue dueOn={milestone.dueOn} status={milestone.status} now={now} />
              </Fact>
              <Fact label="Category">{milestoneCategoryLabels[milestone.category]}</Fact>
              <Fact label="Mentor sign-off">
                {!milestone.requiresMentorSignOff
                  ? "Not required"
                  : milestone.mentorSignedOffAt
                    ? `Signed off by ${milestone.mentorSignedOffBy?.name ?? "a mentor"}, ${formatHkDateTime(milestone.mentorSignedOffAt)}`
                    : enrolment.mentors.length > 0
                      ? `Required, from ${enrolment.mentors.map((m) => m.name).join(" or ")}`
                      : "Required; no mentor is assigned yet"}
              </Fact>
              {milestone.achievedAt ? (
                <Fact label="Achieved">
                  {formatHkDateTime(milestone.achievedAt)}
                  {milestone.assessedBy ? `, accepted by ${milestone.assessedBy.name}` : ""}
                </Fact>
              ) : milestone.submittedAt && milestone.status === "SUBMITTED" ? (
                <Fact label="Submitted">{formatHkDateTime(milestone.submittedAt)}</Fact>
              ) : null}
              {milestone.template ? (
                <Fact label="Pathway template">
                  <Badge tone="brand">{milestone.template.title}</Badge>
                </Fact>
              ) : null}
            </dl>
            {milestone.description ? (
              <p className="text-sm whitespace-pre-line text-ink-700">{milestone.description}</p>
            ) : null}
            {milestone.assessmentComment && milestone.status !== "SUBMITTED" ? (
              <div className="rounded-md border border-ink-200 bg-ink-50 px-3 py-2 text-sm">
                <p className="font-medium text-ink-800">
                  Programme team{milestone.assessedBy ? ` (${milestone.assessedBy.name})` : ""}
                </p>
                <p className="whitespace-pre-line text-ink-700">{milestone.assessmentComment}</p>
              </div>
            ) : null}
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            title="Evidence"
            description={
              milestone.evidence.length > 1
                ? `${milestone.evidence.length} submissions, newest first.`
                : undefined
            }
          />
          {milestone.evidence.length === 0 ? (
            <CardBody>
              <EmptyState title="No evidence submitted yet.">
                {side === "STARTUP"
                  ? "When the milestone is reached, describe the evidence and attach the documents."
                  : "The start-up submits evidence when the milestone is reached."}
              </EmptyState>
            </CardBody>
          ) : (
            <ol className="divide-y divide-ink-100">
              {milestone.evidence.map((evidence) => (
                <li key={evidence.id} className="space-y-3 px-4 py-4 sm:px-5">
                  <p className="text-xs text-ink-500">
                    {evidence.submittedBy.name} · {formatHkDateTime(evidence.createdAt)}
                    {evidence.id === latestEvidence?.id && milestone.status === "SUBMITTED" ? (
                      <>
                        {" "}
                        · <span className="font-medium text-brand-700">waiting for assessment</span>
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
            <CardHeader title="Next steps" />
            <div className="divide-y divide-ink-100">{nextSteps}</div>
          </Card>
        ) : null}
        {canEdit ? (
          <Card>
            <details>
              <summary className="cursor-pointer px-4 py-3 text-base font-semibold text-ink-900 sm:px-5">
                Edit{isRemovableMilestoneStatus(milestone.status) ? " or remove" : ""}
                <span className="block text-sm font-normal text-ink-500">
                  Planned and in-progress milestones can change.
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
          <CardHeader title="Timeline" />
          {milestone.statusChanges.length === 0 ? (
            <CardBody>
              <p className="text-sm text-ink-500">No status changes recorded in Incubase yet.</p>
            </CardBody>
          ) : (
            <ol className="divide-y divide-ink-100">
              {milestone.statusChanges.map((change) => (
                <li key={change.id} className="px-4 py-2.5 text-sm sm:px-5">
                  <p className="text-ink-800">
                    {change.fromStatus ? (
                      <>
                        {statusLabel("milestone", change.fromStatus)} →{" "}
                        <span className="font-medium">
                          {statusLabel("milestone", change.toStatus)}
                        </span>
                      </>
                    ) : (
                      <span className="font-medium">Added to the plan</span>
                    )}
                  </p>
                  <p className="text-xs text-ink-500">
                    {change.actor?.name ?? "Incubase"} · {formatHkDateTime(change.createdAt)}
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
