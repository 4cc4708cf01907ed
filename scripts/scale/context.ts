import type pg from "pg";
import type { FocusArea, ProgrammeKind } from "@/lib/generated/prisma/enums";
import type { IdMaker } from "./ids";
import type { BulkWriter } from "./insert";
import type { Random } from "./random";

/** How many rows of each kind a run makes: the "HKSTP ×10" times `fraction`. */
export type ScalePlan = {
  fraction: number;
  programmes: number;
  startups: number;
  applications: number;
  reviews: number;
  enrolments: number;
  milestones: number;
  coachingSessions: number;
  disbursements: number;
  /** Operator staff per operator key (officers, finance approvers, admins, mentors). */
  staff: Record<
    OperatorKey,
    { officers: number; finance: number; admins: number; mentors: number }
  >;
};

export type OperatorKey = "hkstp" | "cuhk" | "cyberport";

export type ScaleOperator = {
  key: OperatorKey;
  id: string;
  slug: string;
  /** Reference prefix of its applications, e.g. "HK". */
  code: string;
  /** Share of the generated programmes (and so of applications and cohorts). */
  share: number;
  officers: string[];
  finance: string[];
  admins: string[];
  mentors: string[];
};

export type ScaleStartup = {
  id: string;
  slug: string;
  name: string;
  focusAreas: FocusArea[];
  founderId: string;
  cofounderId: string | null;
};

export type ScaleBucket = {
  id: string;
  code: string;
  name: string;
  nameZh: string | null;
  capCents: bigint;
  evidenceRule: "NONE" | "PAYMENT_PROOF";
  requiresPreApproval: boolean;
  gatingMilestoneCategory: "REGULATORY" | null;
  position: number;
};

export type ScaleProgramme = {
  id: string;
  operator: ScaleOperator;
  name: string;
  kind: ProgrammeKind;
  focusAreas: FocusArea[];
  fundingCapCents: bigint;
  durationMonths: number;
  isActive: boolean;
  partnerIds: string[];
  buckets: ScaleBucket[];
};

/** Where a call stands on the day the data is seeded; it decides its applications' statuses. */
export type CallPhase = "OPEN" | "IN_REVIEW" | "DECIDED";

export type ScaleCall = {
  id: string;
  programme: ScaleProgramme;
  title: string;
  phase: CallPhase;
  opensAt: Date;
  closesAt: Date;
  formId: string;
  criterionIds: string[];
  referencePrefix: string;
};

export type AuditRow = {
  organisationId: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  createdAt: Date;
};

/** What every step shares: the generator, the writer and what earlier steps made. */
export type ScaleContext = {
  client: pg.ClientBase;
  plan: ScalePlan;
  random: Random;
  ids: IdMaker;
  writer: BulkWriter;
  /** The Hong Kong calendar day the data is set on (UTC midnight, like a `@db.Date`). */
  today: Date;
  now: Date;
  passwordHash: string;
  operators: ScaleOperator[];
  partnerIds: { astrazeneca: string; boehringer: string };
  partnerNames: Map<string, string>;
  usedEmails: Set<string>;
  usedSlugs: Set<string>;
  startups: ScaleStartup[];
  programmes: ScaleProgramme[];
  calls: ScaleCall[];
  audit: AuditRow[];
};

const DAY_MS = 86_400_000;

/** The instant `days` days after `date`. */
export function addDaysTo(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** An instant on a Hong Kong calendar day (UTC-midnight date) at a Hong Kong hour. */
export function atHongKongTime(day: Date, hour: number, minute = 0): Date {
  return new Date(day.getTime() + (hour - 8) * 3_600_000 + minute * 60_000);
}

/** The Hong Kong calendar day (UTC midnight) of an instant. */
export function hongKongDay(instant: Date): Date {
  const shifted = new Date(instant.getTime() + 8 * 3_600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}
