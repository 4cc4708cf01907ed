import type { Milestone, MilestoneTemplate, Prisma } from "@/lib/generated/prisma/client";
import type { MilestoneCategory, MilestoneStatus } from "@/lib/generated/prisma/enums";
import {
  createMilestone,
  createMilestoneEvidence,
  createMilestoneTemplate,
} from "@/tests/factories/milestones";
import { sha256Hex } from "@/tests/factories/sequence";
import { officerFor, type SeedContext } from "./context";
import type { SeededEnrolment } from "./enrolments";
import { must } from "./lookup";
import { MILESTONE_TEMPLATES, PATHWAYS, type TemplateKey } from "./milestone-pathways";
import { hkt, isoDay, shiftDays, STORY_TODAY } from "./time";

// Statuses the story needs where the date rule would say otherwise, by "<slug>:<title>".
const STATUS_OVERRIDES: Record<string, { status: MilestoneStatus; comment?: string }> = {
  "pokfulam-cell:GLP toxicology and biodistribution study completed": {
    status: "DELAYED",
    comment: "The CRO moved the study slot to December; new target agreed for 15 Jan 2027.",
  },
  "pokfulam-cell:Pre-IND meeting held": { status: "ACHIEVED" },
  "pokfulam-cell:GMP engineering run at HKSTP GMP Facilities (Cell Processing)": {
    status: "SUBMITTED",
  },
  "pokfulam-cell:IND filed with the US FDA": { status: "IN_PROGRESS" },
  "cheung-chau-marine:IND filed with the US FDA": {
    status: "MISSED",
    comment:
      "The company chose an NMPA-first strategy; the FDA IND was deferred beyond the programme term.",
  },
  "greenwave-tcm:Approved for urgent clinical use in the Greater Bay Area": {
    status: "MISSED",
    comment: "Not achieved before the company withdrew from the programme.",
  },
  "tidewater-bio:GLP toxicology studies completed": {
    status: "DELAYED",
    comment: "Studies re-run after a formulation change; new target Q2 2027.",
  },
  "tidewater-bio:First GMP batch released": {
    status: "DELAYED",
    comment: "Follows the toxicology re-run.",
  },
  "tidewater-bio:IND filed with the US FDA": {
    status: "DELAYED",
    comment: "Re-planned for Q4 2027.",
  },
  "tidewater-bio:First patient dosed": {
    status: "DELAYED",
    comment: "Follows the IND; re-planned for 2028.",
  },
  "tidewater-bio:Series A closed": {
    status: "MISSED",
    comment: "The round did not close; existing investors provided a bridge loan.",
  },
  "greenwave-tcm:First patient dosed in the Phase IIa study": {
    status: "MISSED",
    comment: "Recruitment at the Chinese medicine clinic never started; the study was paused.",
  },
};

const EVIDENCE_NOTES: Record<MilestoneCategory, { note: string; fileName: string }> = {
  RESEARCH: {
    note: "Selection report with potency and selectivity data attached.",
    fileName: "selection-report.pdf",
  },
  PRECLINICAL: {
    note: "Final GLP study report from the CRO, audited by QA.",
    fileName: "glp-study-report.pdf",
  },
  REGULATORY: {
    note: "Regulator's minutes and acknowledgement letter attached.",
    fileName: "regulator-minutes.pdf",
  },
  MANUFACTURING_GMP: {
    note: "Certificate of analysis and QP release certificate.",
    fileName: "certificate-of-analysis.pdf",
  },
  CLINICAL: {
    note: "Site activation letter and first-dosing notice to the ethics committee.",
    fileName: "first-dosing-notice.pdf",
  },
  COMMERCIAL: {
    note: "Signed contract (commercial terms redacted).",
    fileName: "signed-contract-redacted.pdf",
  },
  FUNDRAISING: {
    note: "Share purchase agreement and bank advice showing the funds received.",
    fileName: "closing-documents.pdf",
  },
};

/** The status a milestone has on the story's today, from its due date (`turn` varies recent ones). */
function statusByDate(dueOn: Date, turn: number): MilestoneStatus {
  const daysFromToday = (dueOn.getTime() - STORY_TODAY.getTime()) / 86_400_000;
  if (daysFromToday < -45) return "ACHIEVED";
  if (daysFromToday < 0)
    return (["SUBMITTED", "DELAYED", "ACHIEVED", "IN_PROGRESS"] as const)[turn % 4] ?? "ACHIEVED";
  if (daysFromToday < 90) return "IN_PROGRESS";
  return "PLANNED";
}

/** Platform-wide templates, then each enrolment's milestone plan with evidence and assessments. */
export async function seedMilestones(
  context: SeedContext,
  enrolments: SeededEnrolment[],
  mentorsByEnrolment: Map<string, string[]>,
): Promise<Map<string, Milestone[]>> {
  const templates = new Map<TemplateKey, MilestoneTemplate>();
  for (const template of MILESTONE_TEMPLATES) {
    // The migration 20261122062813_milestone_plans puts the platform templates in every database.
    const existing = await context.db.milestoneTemplate.findFirst({
      where: { organisationId: null, key: template.key },
    });
    templates.set(
      template.key,
      existing ??
        (await createMilestoneTemplate(context.db, { ...template, organisationId: null })),
    );
  }

  const milestones = new Map<string, Milestone[]>();
  const attachments: Prisma.AttachmentCreateManyInput[] = [];
  let turn = 0;
  for (const seeded of enrolments) {
    const { enrolment, team } = seeded;
    const officer = officerFor(context, seeded.programmeKey);
    const mentorId = mentorsByEnrolment.get(seeded.key)?.[0] ?? null;
    const withdrawnOn = enrolment.status === "WITHDRAWN" ? enrolment.updatedAt : null;
    const steps = [...PATHWAYS[team.seed.pathway]].sort((a, b) => a.offsetDays - b.offsetDays);
    const created: Milestone[] = [];
    for (const [position, step] of steps.entries()) {
      const template = step.template ? must(templates, step.template) : undefined;
      const title = step.title ?? template?.title ?? "Milestone";
      const category = step.category ?? template?.category ?? "RESEARCH";
      const dueOn = shiftDays(enrolment.startsOn, step.offsetDays);
      const override = STATUS_OVERRIDES[`${team.seed.slug}:${title}`];
      turn += 1;
      let status = override?.status ?? statusByDate(dueOn, turn);
      // A withdrawn start-up's later milestones stay as they were planned.
      if (withdrawnOn && dueOn > withdrawnOn && !override) status = "PLANNED";
      const isAssessed = status === "ACHIEVED" || status === "MISSED" || status === "DELAYED";
      const submittedAt =
        status === "SUBMITTED"
          ? hkt(isoDay(shiftDays(STORY_TODAY, -3)), "10:30")
          : hkt(isoDay(shiftDays(dueOn, -6)), "18:10");
      const achievedAt = status === "ACHIEVED" ? shiftDays(submittedAt, 3.7) : null;
      const requiresMentorSignOff = template?.requiresMentorSignOff ?? false;
      const milestone = await createMilestone(context.db, {
        organisationId: enrolment.organisationId,
        enrolmentId: enrolment.id,
        templateId: template?.id ?? null,
        category,
        title,
        description: template?.description ?? null,
        dueOn,
        status,
        position,
        submittedAt: status === "SUBMITTED" || status === "ACHIEVED" ? submittedAt : null,
        achievedAt,
        assessedById: isAssessed ? officer.id : null,
        assessmentComment: isAssessed
          ? (override?.comment ??
            (status === "ACHIEVED"
              ? "Evidence reviewed; milestone achieved."
              : "Behind plan; revised date agreed with the officer."))
          : null,
        requiresMentorSignOff,
        mentorSignedOffById: requiresMentorSignOff && achievedAt && mentorId ? mentorId : null,
        mentorSignedOffAt:
          requiresMentorSignOff && achievedAt && mentorId ? shiftDays(achievedAt, -1) : null,
        createdAt: hkt(isoDay(enrolment.startsOn), "11:00"),
        updatedAt:
          achievedAt ??
          (status === "SUBMITTED" ? submittedAt : hkt(isoDay(enrolment.startsOn), "11:00")),
      });
      created.push(milestone);
      if (status === "SUBMITTED" || status === "ACHIEVED") {
        const evidence = EVIDENCE_NOTES[category];
        const record = await createMilestoneEvidence(context.db, {
          organisationId: milestone.organisationId,
          milestoneId: milestone.id,
          note: evidence.note,
          submittedById: team.founder.id,
          createdAt: submittedAt,
          updatedAt: submittedAt,
        });
        const storageKey = `seed/milestones/${seeded.key.replace(":", "/")}/${milestone.position}-${evidence.fileName}`;
        attachments.push({
          organisationId: milestone.organisationId,
          kind: "MILESTONE_EVIDENCE",
          fileName: evidence.fileName,
          mimeType: "application/pdf",
          sizeBytes: 380_000 + position * 41_000,
          sha256: sha256Hex(storageKey),
          storageKey,
          uploadedById: team.founder.id,
          milestoneEvidenceId: record.id,
          createdAt: submittedAt,
          updatedAt: submittedAt,
        });
      }
    }
    milestones.set(seeded.key, created);
  }
  await context.db.attachment.createMany({ data: attachments });
  return milestones;
}
