import type { Application } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { createApplication } from "@/tests/factories/applications";
import { sha256Hex } from "@/tests/factories/sequence";
import type { FactoryUser } from "@/tests/factories/users";
import { CLARIFICATIONS } from "./application-messages";
import { APPLICATION_PLANS, type ApplicationPlan, statusPath } from "./application-plan";
import { statusTimes } from "./application-timeline";
import { buildAnswers, type FileAnswer, stableNumber } from "./answers";
import type { SeedCall } from "./calls";
import { officerFor, type SeedContext, teamOf } from "./context";
import { must } from "./lookup";
import type { StartupTeam } from "./people";
import { hkt, shiftDays } from "./time";

export type SeededApplication = {
  plan: ApplicationPlan;
  application: Application;
  seedCall: SeedCall;
  team: StartupTeam;
  officer: FactoryUser;
  /** When the application entered each status it passed through. */
  enteredAt: Map<ApplicationStatus, Date>;
};

const STAGE_REASONS: Partial<Record<ApplicationStatus, string>> = {
  IN_REVIEW: "Eligible: all criteria met. Sent to the review panel.",
  SHORTLISTED: "Ranked in the top third by the panel; invited to pitch.",
  ACCEPTED: "Offered a place after the panel interview.",
};

/** Creates every planned application with answers, files, status history and messages. */
export async function seedApplications(context: SeedContext): Promise<SeededApplication[]> {
  const seeded: SeededApplication[] = [];
  const countByCall = new Map<string, number>();
  for (const plan of APPLICATION_PLANS) {
    const index = countByCall.get(plan.call) ?? 0;
    countByCall.set(plan.call, index + 1);
    seeded.push(await seedApplication(context, plan, index));
  }
  await seedClarifications(context, seeded);
  return seeded;
}

async function seedApplication(
  context: SeedContext,
  plan: ApplicationPlan,
  index: number,
): Promise<SeededApplication> {
  const { db } = context;
  const seedCall = must(context.calls, plan.call);
  const { programme } = must(context.programmes, seedCall.programmeKey);
  const team = teamOf(context, plan.startup);
  const officer = officerFor(context, seedCall.programmeKey);
  const author = index % 3 === 2 ? team.cofounder : team.founder;
  const path = statusPath(plan);
  const times = statusTimes(seedCall.call, path, index);
  const enteredAt = new Map(
    path.map((status, position) => [status, times[position] ?? seedCall.call.opensAt]),
  );
  const createdAt = must(enteredAt, "DRAFT");
  const lastChange = times.at(-1) ?? createdAt;
  const isDraft = plan.status === "DRAFT";
  const scope = { organisationId: seedCall.call.organisationId };
  const reference = `${seedCall.referencePrefix}-${String(index + 1).padStart(3, "0")}`;
  const screenedOut = plan.status === "REJECTED" && plan.from === "SCREENING";

  const application = await createApplication(db, {
    ...scope,
    callId: seedCall.call.id,
    formId: seedCall.form.id,
    startupId: must(context.organisations.startups, plan.startup).id,
    createdById: author.id,
    reference,
    projectTitle: plan.projectTitle,
    status: plan.status,
    submittedAt: enteredAt.get("SUBMITTED") ?? null,
    screeningOutcome: screenedOut ? "INELIGIBLE" : enteredAt.has("IN_REVIEW") ? "ELIGIBLE" : null,
    screeningReason: screenedOut
      ? plan.reason
      : enteredAt.has("IN_REVIEW")
        ? "All eligibility criteria met."
        : null,
    // A draft was last saved a few days ago; anything else last changed with its status.
    version: isDraft ? 6 : 9,
    createdAt,
    updatedAt: isDraft ? hkt("2026-11-20", "23:12") : lastChange,
  });

  // The demo founder's draft already has its pitch deck uploaded.
  const hasFiles = !isDraft || plan.startup === "pokfulam-cell";
  const files = hasFiles
    ? await seedApplicationFiles(context, application, author, reference, !isDraft)
    : {};
  const answers = buildAnswers({
    plan,
    team,
    programmeFocusAreas: programme.focusAreas,
    fundingCapCents: programme.fundingCapCents,
    partnerName: seedCall.call.slug.startsWith("astrazeneca")
      ? "AstraZeneca"
      : seedCall.call.slug.startsWith("boehringer")
        ? "Boehringer Ingelheim"
        : undefined,
    pitchDeck: files.pitchDeck,
    ipSummary: files.ipSummary,
    isDraft,
  });
  await db.applicationAnswer.createMany({
    data: Object.entries(answers).map(([questionKey, value]) => ({
      ...scope,
      applicationId: application.id,
      questionKey,
      value,
      createdAt,
      updatedAt: application.updatedAt,
    })),
  });

  await db.applicationStatusChange.createMany({
    data: path.map((status, position) => {
      const isApplicantStep =
        status === "DRAFT" || status === "SUBMITTED" || status === "WITHDRAWN";
      const at = times[position] ?? createdAt;
      return {
        ...scope,
        applicationId: application.id,
        fromStatus: path[position - 1] ?? null,
        toStatus: status,
        actorId: isApplicantStep ? author.id : officer.id,
        reason:
          status === "REJECTED" || status === "WITHDRAWN"
            ? plan.reason
            : (STAGE_REASONS[status] ?? null),
        createdAt: at,
        updatedAt: at,
      };
    }),
  });
  return { plan, application, seedCall, team, officer, enteredAt };
}

async function seedApplicationFiles(
  context: SeedContext,
  application: Application,
  uploader: FactoryUser,
  reference: string,
  includeIpSummary: boolean,
): Promise<{ pitchDeck?: FileAnswer; ipSummary?: FileAnswer }> {
  const uploadedAt = shiftDays(application.submittedAt ?? application.updatedAt, -0.1);
  const baseName =
    application.projectTitle
      .split(/[:,]/)[0]
      ?.trim()
      .replace(/[^A-Za-z0-9]+/g, "-") ?? "Application";
  const files = [
    { kind: "PITCH_DECK" as const, fileName: `${baseName}-pitch-deck.pdf`, sizeBytes: 4_200_000 },
    ...(includeIpSummary
      ? [
          {
            kind: "IP_SUMMARY" as const,
            fileName: `${baseName}-IP-summary.pdf`,
            sizeBytes: 610_000,
          },
        ]
      : []),
  ];
  const created = await context.db.attachment.createManyAndReturn({
    data: files.map((file) => {
      const storageKey = `seed/applications/${reference}/${file.fileName}`;
      return {
        organisationId: application.organisationId,
        applicationId: application.id,
        kind: file.kind,
        fileName: file.fileName,
        mimeType: "application/pdf",
        sizeBytes: file.sizeBytes + stableNumber(storageKey, 90_000),
        sha256: sha256Hex(storageKey),
        storageKey,
        uploadedById: uploader.id,
        createdAt: uploadedAt,
        updatedAt: uploadedAt,
      };
    }),
  });
  const answerFor = (kind: string): FileAnswer | undefined => {
    const file = created.find((attachment) => attachment.kind === kind);
    return file ? [file.id] : undefined;
  };
  return { pitchDeck: answerFor("PITCH_DECK"), ipSummary: answerFor("IP_SUMMARY") };
}

async function seedClarifications(
  context: SeedContext,
  applications: SeededApplication[],
): Promise<void> {
  const data = CLARIFICATIONS.flatMap((thread) => {
    const seeded = applications.find(
      (candidate) =>
        candidate.plan.call === thread.call && candidate.plan.startup === thread.startup,
    );
    if (!seeded)
      throw new Error(`No seeded application for clarification ${thread.call}/${thread.startup}`);
    const stage = must(seeded.enteredAt, thread.duringReview ? "IN_REVIEW" : "SCREENING");
    const askedAt = shiftDays(stage, thread.askedAfterDays);
    const repliedAt = shiftDays(askedAt, 1.2);
    const base = {
      organisationId: seeded.application.organisationId,
      applicationId: seeded.application.id,
    };
    return [
      {
        ...base,
        authorId: seeded.officer.id,
        kind: "CLARIFICATION_REQUEST" as const,
        body: thread.question,
        createdAt: askedAt,
        updatedAt: askedAt,
      },
      ...(thread.reply
        ? [
            {
              ...base,
              authorId: seeded.team.founder.id,
              kind: "CLARIFICATION_REPLY" as const,
              body: thread.reply,
              createdAt: repliedAt,
              updatedAt: repliedAt,
            },
          ]
        : []),
    ];
  });
  await context.db.applicationMessage.createMany({ data });
}
