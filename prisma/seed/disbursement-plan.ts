import type { Milestone } from "@/lib/generated/prisma/client";
import type { DisbursementStatus } from "@/lib/generated/prisma/enums";
import { stableNumber } from "./answers";
import type { SeededEnrolment } from "./enrolments";
import type { Pathway } from "./startups";
import { hkt, shiftDays, STORY_TODAY } from "./time";

export type BucketRole = "NO_EVIDENCE" | "PROOF" | "GATED";

export type TranchePlan = {
  bucket: BucketRole;
  amountCents: bigint;
  purpose: string;
  status: DisbursementStatus;
  requestedAt: Date;
  gatingMilestone?: Milestone;
  rejectionReason?: string;
};

const PURPOSES: Record<Pathway, string[]> = {
  THERAPEUTIC: [
    "CRO invoice: dose-range-finding toxicology in rats",
    "Reference standard and analytical method transfer",
    "Patent prosecution fees: PCT national phase",
    "Cell line development milestone payment",
  ],
  CELL_GENE: [
    "GMP-grade plasmid and viral vector lot",
    "Flow cytometry core facility fees",
    "Cleanroom gowning and environmental monitoring supplies",
    "Potency assay development with a CRO",
  ],
  DEVICE: [
    "Biocompatibility testing (ISO 10993)",
    "Prototype tooling",
    "Design verification testing",
    "Quality management system consultant",
  ],
  DIAGNOSTIC: [
    "Sequencing reagents for the validation study",
    "Clinical sample procurement and biobank fees",
    "Laboratory information system licence",
    "External quality assessment scheme",
  ],
  DIGITAL: [
    "Cloud hosting in the Hong Kong region, 12 months",
    "Penetration test and PDPO compliance audit",
    "Clinical research coordinator for pilot sites",
    "Usability study with 20 clinicians",
  ],
  TCM: [
    "GMP extract batch at a contract manufacturer",
    "Chemical fingerprinting and stability testing",
    "Clinical study monitoring fees",
    "Registration dossier translation and filing fees",
  ],
};

/** Shares of the proof-of-payment bucket each claim takes, in per mille (sum well under 1,000). */
const CLAIM_SHARES = [110, 85, 140, 60];

/** A tranche's status from how many days ago it was requested (officer, finance, payment run). */
export function statusByAge(requestedAt: Date, until: Date = STORY_TODAY): DisbursementStatus {
  const ageDays = (until.getTime() - requestedAt.getTime()) / 86_400_000;
  if (ageDays > 20) return "PAID";
  if (ageDays > 12) return "FINANCE_APPROVED";
  if (ageDays > 5) return "APPROVED";
  return "REQUESTED";
}

function roundToHundredDollars(cents: bigint): bigint {
  return (cents / 10_000n) * 10_000n;
}

/**
 * The tranches of one grant: quarterly no-evidence instalments since the start, claims
 * against proof of payment at fixed ages before today, and one gated tranche per achieved
 * milestone of the gating category (or one waiting on a milestone not yet achieved).
 */
export function planTranches(
  seeded: SeededEnrolment,
  caps: Record<BucketRole, bigint | undefined>,
  milestones: Milestone[],
  gatingCategory: string | null,
  durationMonths: number,
): TranchePlan[] {
  const { enrolment, team } = seeded;
  const slug = team.seed.slug;
  const start = hkt(enrolment.startsOn.toISOString().slice(0, 10), "10:00");
  const end = enrolment.status === "ACTIVE" ? STORY_TODAY : enrolment.updatedAt;
  const plans: TranchePlan[] = [];

  if (caps.NO_EVIDENCE) {
    const instalment = roundToHundredDollars(caps.NO_EVIDENCE / BigInt(durationMonths / 3));
    for (let quarter = 0; quarter < durationMonths / 3; quarter += 1) {
      const requestedAt = shiftDays(start, quarter * 91 + 2);
      if (requestedAt >= end) break;
      plans.push({
        bucket: "NO_EVIDENCE",
        amountCents: instalment,
        purpose: `Financial subsidy: quarter ${quarter + 1}`,
        status: statusByAge(requestedAt, end === STORY_TODAY ? STORY_TODAY : shiftDays(end, 30)),
        requestedAt,
      });
    }
  }

  if (caps.PROOF) {
    const newest = 3 + stableNumber(slug, 18);
    PURPOSES[team.seed.pathway].forEach((purpose, index) => {
      const ageDays = [210, 130, 60, newest][index] ?? newest;
      const requestedAt = shiftDays(end, -ageDays);
      if (requestedAt < shiftDays(start, 20)) return;
      const isRejected = index === 1 && stableNumber(slug, 3) === 0;
      plans.push({
        bucket: "PROOF",
        amountCents: roundToHundredDollars(
          ((caps.PROOF ?? 0n) * BigInt(CLAIM_SHARES[index] ?? 50)) / 1000n,
        ),
        purpose,
        status: isRejected
          ? "REJECTED"
          : statusByAge(requestedAt, end === STORY_TODAY ? STORY_TODAY : shiftDays(end, 30)),
        requestedAt,
        rejectionReason: isRejected
          ? "The invoice is addressed to the founder personally, not the company. Please resubmit with a company invoice."
          : undefined,
      });
    });
  }

  if (caps.GATED && gatingCategory) {
    const gating = milestones.filter((milestone) => milestone.category === gatingCategory);
    for (const [index, milestone] of gating.entries()) {
      if (milestone.status === "ACHIEVED" && milestone.achievedAt) {
        const requestedAt = shiftDays(milestone.achievedAt, 5);
        if (requestedAt >= end) continue;
        plans.push({
          bucket: "GATED",
          amountCents: roundToHundredDollars(
            (caps.GATED * BigInt(index === 0 ? 160 : 240)) / 1000n,
          ),
          purpose: `Regulatory-affairs costs: ${milestone.title}`,
          status: statusByAge(requestedAt, end === STORY_TODAY ? STORY_TODAY : shiftDays(end, 30)),
          requestedAt,
          gatingMilestone: milestone,
        });
      } else if (
        milestone.status === "IN_PROGRESS" &&
        enrolment.status === "ACTIVE" &&
        stableNumber(slug, 2) === 0
      ) {
        // Requested ahead of the milestone: it cannot be approved until the milestone is achieved.
        plans.push({
          bucket: "GATED",
          amountCents: roundToHundredDollars((caps.GATED * 150n) / 1000n),
          purpose: `Regulatory-affairs costs: ${milestone.title} (requested in advance)`,
          status: "REQUESTED",
          requestedAt: shiftDays(STORY_TODAY, -4),
          gatingMilestone: milestone,
        });
        break;
      }
    }
  }
  return plans;
}
