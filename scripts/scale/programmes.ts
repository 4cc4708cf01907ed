import { focusAreaLabels } from "@/lib/domain/focus-areas";
import type { FocusArea, ProgrammeKind } from "@/lib/generated/prisma/enums";
import { INCU_BIO_FUNDING_BUCKETS } from "@/tests/factories/programmes";
import {
  coIncubationEligibility,
  CUHK_SEED_ELIGIBILITY,
  type EligibilitySeed,
  INCU_BIO_ELIGIBILITY,
} from "../../prisma/seed/eligibility";
import { buildFormDefinition } from "../../prisma/seed/forms";
import { RUBRIC_CRITERIA } from "../../prisma/seed/rubric";
import {
  addDaysTo,
  atHongKongTime,
  type CallPhase,
  type ScaleBucket,
  type ScaleCall,
  type ScaleContext,
  type ScaleOperator,
  type ScaleProgramme,
} from "./context";
import { FOCUS_AREA_CHINESE, PROGRAMME_PATTERNS } from "./words";

const FOCUS_AREAS = Object.keys(focusAreaLabels) as FocusArea[];
const BENEFITS = ["MENTORING", "BUSINESS_MATCHING", "RD_FACILITY_ACCESS", "FUNDING"];

function kindFor(context: ScaleContext, operator: ScaleOperator): ProgrammeKind {
  const roll = context.random.next();
  if (operator.key === "hkstp") {
    return roll < 0.25 ? "CO_INCUBATION" : roll < 0.8 ? "INCUBATION" : "ACCELERATOR";
  }
  return roll < 0.6 ? "ACCELERATOR" : "INCUBATION";
}

/** HK$6M Incu-Bio split for incubation; a seed and a proof-of-concept fund otherwise. */
function bucketsFor(context: ScaleContext, capCents: bigint): ScaleBucket[] {
  if (capCents === 600_000_000n) {
    return INCU_BIO_FUNDING_BUCKETS.map((bucket, position) => ({
      ...bucket,
      id: context.ids.next("pb"),
      position,
    }));
  }
  const seed = capCents / 3n;
  return [
    {
      id: context.ids.next("pb"),
      code: "SEED",
      name: "Seed grant",
      nameZh: "種子資助",
      capCents: seed,
      evidenceRule: "NONE",
      requiresPreApproval: false,
      gatingMilestoneCategory: null,
      position: 0,
    },
    {
      id: context.ids.next("pb"),
      code: "PROOF_OF_CONCEPT",
      name: "Proof-of-concept fund",
      nameZh: "概念驗證基金",
      capCents: capCents - seed,
      evidenceRule: "PAYMENT_PROOF",
      requiresPreApproval: true,
      gatingMilestoneCategory: null,
      position: 1,
    },
  ];
}

/** The generated programmes of every operator, with funding buckets and partner links. */
export async function seedProgrammes(context: ScaleContext): Promise<void> {
  const { ids, now, random } = context;
  const programmeRows: unknown[][] = [];
  const bucketRows: unknown[][] = [];
  const partnerRows: unknown[][] = [];
  context.operators.forEach((operator, operatorIndex) => {
    const count = Math.max(2, Math.round(context.plan.programmes * operator.share));
    const names = new Set<string>();
    for (let index = 0; index < count; index++) {
      const focus = FOCUS_AREAS[(index + operatorIndex * 3) % FOCUS_AREAS.length]!;
      const [pattern, patternZh] = random.pick(PROGRAMME_PATTERNS);
      let name = pattern.replace("{area}", titleCase(focusAreaLabels[focus]));
      const nameZh = patternZh.replace("{areaZh}", FOCUS_AREA_CHINESE[focus]);
      for (let round = 2; names.has(name); round++) name = `${name.replace(/ \d+$/, "")} ${round}`;
      names.add(name);
      const kind = kindFor(context, operator);
      const partnerIds =
        kind === "CO_INCUBATION"
          ? [random.chance(0.5) ? context.partnerIds.astrazeneca : context.partnerIds.boehringer]
          : [];
      const isIncubation = kind !== "ACCELERATOR";
      const capCents = isIncubation ? 600_000_000n : random.pick([150_000_000n, 210_000_000n]);
      const focusAreas = random.chance(0.5)
        ? [focus]
        : [focus, random.pick(FOCUS_AREAS.filter((area) => area !== focus))];
      const programme: ScaleProgramme = {
        id: ids.next("pg"),
        operator,
        name: kind === "CO_INCUBATION" ? `${name} (Co-incubation)` : name,
        kind,
        focusAreas,
        fundingCapCents: capCents,
        durationMonths: isIncubation ? 48 : random.pick([18, 24]),
        isActive: random.chance(0.9),
        partnerIds,
        buckets: bucketsFor(context, capCents),
      };
      context.programmes.push(programme);
      programmeRows.push([
        programme.id,
        operator.id,
        `${slugify(programme.name)}-${index + 1}`,
        programme.name,
        nameZh,
        kind,
        programme.isActive ? "ACTIVE" : "ARCHIVED",
        focusAreas,
        kind === "ACCELERATOR" ? BENEFITS : [...BENEFITS, "ENTREPRENEUR_IN_RESIDENCE"],
        `${programme.name}: mentoring, facilities and funding of up to HK$${Number(capCents / 100n).toLocaleString("en-HK")} for ${focusAreaLabels[focus].toLowerCase()} start-ups.`,
        capCents,
        programme.durationMonths,
        now,
      ]);
      for (const bucket of programme.buckets) {
        bucketRows.push([
          bucket.id,
          operator.id,
          programme.id,
          bucket.code,
          bucket.name,
          bucket.nameZh,
          bucket.capCents,
          bucket.evidenceRule,
          bucket.requiresPreApproval,
          bucket.gatingMilestoneCategory,
          bucket.position,
          now,
        ]);
      }
      for (const partnerId of partnerIds) {
        partnerRows.push([ids.next("pp"), operator.id, programme.id, partnerId, now]);
      }
    }
  });
  await context.writer.insert(
    "Programme",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["slug", "text"],
      ["name", "text"],
      ["nameZh", "text"],
      ["kind", '"ProgrammeKind"'],
      ["status", '"ProgrammeStatus"'],
      ["focusAreas", '"FocusArea"[]'],
      ["benefits", '"ProgrammeBenefit"[]'],
      ["description", "text"],
      ["fundingCapCents", "bigint"],
      ["durationMonths", "int"],
      ["updatedAt", "timestamptz"],
    ],
    programmeRows,
  );
  await context.writer.insert(
    "ProgrammeFundingBucket",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["programmeId", "text"],
      ["code", "text"],
      ["name", "text"],
      ["nameZh", "text"],
      ["capCents", "bigint"],
      ["evidenceRule", '"FundingEvidenceRule"'],
      ["requiresPreApproval", "boolean"],
      ["gatingMilestoneCategory", '"MilestoneCategory"'],
      ["position", "int"],
      ["updatedAt", "timestamptz"],
    ],
    bucketRows,
  );
  await context.writer.insert(
    "ProgrammePartner",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["programmeId", "text"],
      ["partnerId", "text"],
      ["updatedAt", "timestamptz"],
    ],
    partnerRows,
  );
}

/** "Cell & gene therapy" → "Cell & Gene Therapy", as programme names are written. */
function titleCase(label: string): string {
  return label.replace(
    /(^|\s)([a-z])/g,
    (_, space: string, letter: string) => space + letter.toUpperCase(),
  );
}

function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function partnerName(context: ScaleContext, programme: ScaleProgramme): string | undefined {
  const [partnerId] = programme.partnerIds;
  return partnerId ? context.partnerNames.get(partnerId) : undefined;
}

function eligibilityFor(context: ScaleContext, programme: ScaleProgramme): EligibilitySeed[] {
  const partner = partnerName(context, programme);
  if (partner) return coIncubationEligibility(partner, programme.focusAreas);
  return programme.operator.key === "cuhk" ? CUHK_SEED_ELIGIBILITY : INCU_BIO_ELIGIBILITY;
}

/** When a call of this phase opens and closes, relative to the data's today. */
function callWindow(context: ScaleContext, phase: CallPhase): { opens: Date; closes: Date } {
  const { random, today } = context;
  if (phase === "OPEN") {
    const opens = addDaysTo(today, -random.int(10, 60));
    return { opens, closes: addDaysTo(today, random.int(20, 90)) };
  }
  if (phase === "IN_REVIEW") {
    const closes = addDaysTo(today, -random.int(20, 80));
    return { opens: addDaysTo(closes, -60), closes };
  }
  const closes = addDaysTo(today, -random.int(300, 1100));
  return { opens: addDaysTo(closes, -60), closes };
}

/** Two intake rounds per programme (a decided one, and an open or in-review one), each with
 * eligibility criteria, a published form and a published five-criterion rubric. */
export async function seedCalls(context: ScaleContext): Promise<void> {
  const { ids, now, random } = context;
  const calls: unknown[][] = [];
  const criteria: unknown[][] = [];
  const forms: unknown[][] = [];
  const rubrics: unknown[][] = [];
  const rubricCriteria: unknown[][] = [];
  const slugsByOperator = new Map<string, Set<string>>();
  context.programmes.forEach((programme, programmeIndex) => {
    const phases: CallPhase[] = [
      "DECIDED",
      !programme.isActive ? "DECIDED" : random.chance(0.5) ? "OPEN" : "IN_REVIEW",
    ];
    phases.forEach((phase, callIndex) => {
      const { opens, closes } = callWindow(context, phase);
      const opensAt = atHongKongTime(opens, 9);
      const closesAt = atHongKongTime(closes, 23, 59);
      const year = opens.getUTCFullYear();
      const title = `${programme.name} – ${year} Intake${callIndex === 0 ? "" : " (Round 2)"}`;
      const slugs = slugsByOperator.get(programme.operator.id) ?? new Set<string>();
      slugsByOperator.set(programme.operator.id, slugs);
      let slug = slugify(`${programme.name}-${year}-${callIndex + 1}`);
      for (let n = 2; slugs.has(slug); n++) slug = `${slug}-${n}`;
      slugs.add(slug);
      const call: ScaleCall = {
        id: ids.next("ca"),
        programme,
        title,
        phase,
        opensAt,
        closesAt,
        formId: ids.next("fo"),
        criterionIds: [],
        referencePrefix: `${programme.operator.code}${String(programmeIndex + 1).padStart(3, "0")}${"AB"[callIndex]}-${year}`,
      };
      context.calls.push(call);
      const publishedAt = addDaysTo(opensAt, -7);
      const scope = programme.operator.id;
      calls.push([
        call.id,
        scope,
        programme.id,
        slug,
        title,
        `Intake round ${callIndex + 1} of the ${programme.name}.`,
        phase === "OPEN" ? "PUBLISHED" : "CLOSED",
        opensAt,
        closesAt,
        random.int(6, 20),
        programme.kind === "CO_INCUBATION" && random.chance(0.3),
        publishedAt,
        now,
      ]);
      eligibilityFor(context, programme).forEach((criterion, position) => {
        criteria.push([
          ids.next("ec"),
          scope,
          call.id,
          position,
          criterion.label,
          criterion.labelZh ?? null,
          criterion.description ?? null,
          criterion.rule ? JSON.stringify(criterion.rule) : null,
          now,
        ]);
      });
      const definition = buildFormDefinition({
        programmeName: programme.name,
        focusAreas: programme.focusAreas,
        fundingCapCents: programme.fundingCapCents,
        partnerName: partnerName(context, programme),
      });
      forms.push([call.formId, scope, call.id, 1, JSON.stringify(definition), publishedAt, now]);
      const rubricId = ids.next("rb");
      rubrics.push([rubricId, scope, call.id, 1, publishedAt, now]);
      RUBRIC_CRITERIA.forEach((criterion, position) => {
        const id = ids.next("rc");
        call.criterionIds.push(id);
        rubricCriteria.push([
          id,
          scope,
          rubricId,
          criterion.key,
          criterion.label,
          criterion.labelZh,
          criterion.guidance,
          criterion.weight,
          position,
          now,
        ]);
      });
    });
  });
  const id: [string, string] = ["id", "text"];
  const organisationId: [string, string] = ["organisationId", "text"];
  const updatedAt: [string, string] = ["updatedAt", "timestamptz"];
  await context.writer.insert(
    "Call",
    [
      id,
      organisationId,
      ["programmeId", "text"],
      ["slug", "text"],
      ["title", "text"],
      ["summary", "text"],
      ["status", '"CallStatus"'],
      ["opensAt", "timestamptz"],
      ["closesAt", "timestamptz"],
      ["intakeSize", "int"],
      ["isBlindReview", "boolean"],
      ["publishedAt", "timestamptz"],
      updatedAt,
    ],
    calls,
  );
  await context.writer.insert(
    "EligibilityCriterion",
    [
      id,
      organisationId,
      ["callId", "text"],
      ["position", "int"],
      ["label", "text"],
      ["labelZh", "text"],
      ["description", "text"],
      ["rule", "jsonb"],
      updatedAt,
    ],
    criteria,
  );
  await context.writer.insert(
    "ApplicationForm",
    [
      id,
      organisationId,
      ["callId", "text"],
      ["version", "int"],
      ["definition", "jsonb"],
      ["publishedAt", "timestamptz"],
      updatedAt,
    ],
    forms,
  );
  await context.writer.insert(
    "ReviewRubric",
    [
      id,
      organisationId,
      ["callId", "text"],
      ["version", "int"],
      ["publishedAt", "timestamptz"],
      updatedAt,
    ],
    rubrics,
  );
  await context.writer.insert(
    "RubricCriterion",
    [
      id,
      organisationId,
      ["rubricId", "text"],
      ["key", "text"],
      ["label", "text"],
      ["labelZh", "text"],
      ["guidance", "text"],
      ["weight", "numeric"],
      ["position", "int"],
      updatedAt,
    ],
    rubricCriteria,
  );
}
