import { createHash } from "node:crypto";
import type { DisbursementStatus } from "@/lib/generated/prisma/enums";
import type { ScaleEnrolment } from "./cohort";
import { addDaysTo, atHongKongTime, daysBetween, type ScaleContext } from "./context";
import type { RegulatoryMilestones } from "./milestones";
import { spread } from "./random";

const PURPOSES: Record<string, readonly string[]> = {
  SUBSIDY: ["Quarterly financial subsidy", "Operating subsidy for the laboratory team"],
  UPFRONT: [
    "CRO invoice: GLP toxicology study",
    "GMP process development at HKSTP",
    "Laboratory equipment",
  ],
  REGULATORY: ["Regulatory consultant for the pre-IND package", "IND filing fees and CMC writing"],
  SEED: ["Seed grant instalment"],
  PROOF_OF_CONCEPT: ["Proof-of-concept study materials", "Prototype manufacturing run"],
};

const ONE_THOUSAND_HKD = 100_000n;

function statusByAge(
  context: ScaleContext,
  daysAgo: number,
  isClosed: boolean,
): DisbursementStatus {
  const { random } = context;
  if (isClosed || daysAgo > 120) return random.chance(0.87) ? "PAID" : "REJECTED";
  if (daysAgo > 30) {
    return random.weighted({ PAID: 50, FINANCE_APPROVED: 20, APPROVED: 15, REJECTED: 15 });
  }
  return random.weighted({ REQUESTED: 60, APPROVED: 25, FINANCE_APPROVED: 15 });
}

/**
 * A grant per enrolment (never above the programme's cap) with its buckets copied from the
 * programme, and the plan's tranches spread over the grants. Every tranche's amount keeps its
 * bucket under its cap, so the database's cap checks pass at commit; requests come from the
 * founder, approvals from an officer, the second signature and payment from finance
 * (maker-checker); a gated tranche past REQUESTED names an achieved regulatory milestone, and
 * a proof-of-payment tranche has its receipt attached.
 */
export async function seedGrants(
  context: ScaleContext,
  enrolments: ScaleEnrolment[],
  regulatory: RegulatoryMilestones,
): Promise<void> {
  const { ids, now, random, today } = context;
  const grants: unknown[][] = [];
  const buckets: unknown[][] = [];
  const tranches: unknown[][] = [];
  const attachments: unknown[][] = [];
  const counts = spread(context.plan.disbursements, enrolments.length);
  let paymentNumber = 0;
  enrolments.forEach((enrolment, index) => {
    const { programme } = enrolment;
    const operator = programme.operator;
    const totalCents =
      ((programme.fundingCapCents * BigInt(random.pick([100, 100, 90, 80, 75]))) /
        100n /
        1_000_000n) *
      1_000_000n;
    const isClosed = enrolment.status !== "ACTIVE";
    const grantId = ids.next("gr");
    grants.push([
      grantId,
      operator.id,
      enrolment.id,
      totalCents,
      isClosed ? "CLOSED" : "ACTIVE",
      atHongKongTime(enrolment.startsOn, 10),
      now,
    ]);
    const grantBuckets = programme.buckets.map((bucket) => ({
      ...bucket,
      id: ids.next("gb"),
      programmeBucketId: bucket.id,
      capCents: (bucket.capCents * totalCents) / programme.fundingCapCents,
      approvals: 0,
    }));
    const count = counts[index]!;
    const perBucket = grantBuckets.map(
      (_, bucketIndex) =>
        Math.floor(count / grantBuckets.length) +
        (bucketIndex < count % grantBuckets.length ? 1 : 0),
    );
    const lastDay = enrolment.endsOn < today ? enrolment.endsOn : today;
    const span = Math.max(1, daysBetween(enrolment.startsOn, lastDay));
    const gates = regulatory.get(enrolment.id) ?? [];
    const achievedGate = gates.find((gate) => gate.status === "ACHIEVED");
    for (let number = 0; number < count; number++) {
      const bucket = grantBuckets[number % grantBuckets.length]!;
      const requestedOn = addDaysTo(
        enrolment.startsOn,
        Math.floor(((number + 1) * span) / (count + 1)),
      );
      let requestedAt = atHongKongTime(requestedOn, 11, random.int(0, 59));
      if (requestedAt > now) requestedAt = new Date(now.getTime() - random.int(2, 72) * 3_600_000);
      let status = statusByAge(context, daysBetween(requestedOn, today), isClosed);
      let gatingMilestoneId: string | null = null;
      if (bucket.gatingMilestoneCategory) {
        gatingMilestoneId = achievedGate?.id ?? gates[0]?.id ?? null;
        if (!achievedGate && status !== "REJECTED") status = "REQUESTED";
      }
      const tranchesInBucket = perBucket[number % grantBuckets.length]!;
      const amountCents =
        (bucket.capCents / BigInt(tranchesInBucket + 1) / ONE_THOUSAND_HKD) * ONE_THOUSAND_HKD;
      if (amountCents <= 0n) continue;
      const founder = enrolment.startup.founderId;
      const requesterId =
        number % 2 === 1 && enrolment.startup.cofounderId ? enrolment.startup.cofounderId : founder;
      const officerId = random.pick(operator.officers);
      const financeId = random.pick(operator.finance);
      const signatures = { REQUESTED: 0, APPROVED: 1, FINANCE_APPROVED: 2, PAID: 3, REJECTED: 1 }[
        status
      ];
      const approvedAt = addDaysTo(requestedAt, 3);
      const financeApprovedAt = addDaysTo(requestedAt, 7);
      const paidAt = addDaysTo(requestedAt, 12);
      const isSigned = status !== "REQUESTED" && status !== "REJECTED";
      if (isSigned) bucket.approvals++;
      const id = ids.next("di");
      tranches.push([
        id,
        operator.id,
        grantId,
        bucket.id,
        gatingMilestoneId,
        amountCents,
        random.pick(PURPOSES[bucket.code] ?? ["Programme expenses"]),
        status,
        `scale-${id}`,
        signatures,
        requesterId,
        requestedAt,
        isSigned ? officerId : null,
        isSigned ? minDate(now, approvedAt) : null,
        signatures >= 2 && status !== "REJECTED" ? financeId : null,
        signatures >= 2 && status !== "REJECTED" ? minDate(now, financeApprovedAt) : null,
        status === "PAID" ? financeId : null,
        status === "PAID" ? minDate(now, paidAt) : null,
        status === "PAID"
          ? `${operator.code}-PV-${String(++paymentNumber).padStart(6, "0")}`
          : null,
        status === "REJECTED" ? officerId : null,
        status === "REJECTED" ? minDate(now, approvedAt) : null,
        status === "REJECTED" ? "Not an eligible cost under the programme rules." : null,
        requestedAt,
        now,
      ]);
      const steps: [string, string | null, Date][] = [
        ["disbursement.request", requesterId, requestedAt],
      ];
      if (status === "REJECTED") steps.push(["disbursement.reject", officerId, approvedAt]);
      if (signatures >= 1 && isSigned) steps.push(["disbursement.approve", officerId, approvedAt]);
      if (signatures >= 2 && isSigned)
        steps.push(["disbursement.finance_approve", financeId, financeApprovedAt]);
      if (status === "PAID") steps.push(["disbursement.mark_paid", financeId, paidAt]);
      for (const [action, actorId, at] of steps) {
        context.audit.push({
          organisationId: operator.id,
          actorId,
          action,
          targetType: "Disbursement",
          targetId: id,
          createdAt: minDate(now, at),
        });
      }
      if (bucket.evidenceRule === "PAYMENT_PROOF") {
        const storageKey = `scale-seed/disbursements/${id}/invoice-and-receipt.pdf`;
        attachments.push([
          ids.next("at"),
          operator.id,
          "PAYMENT_PROOF",
          "invoice-and-receipt.pdf",
          "application/pdf",
          random.int(90_000, 900_000),
          createHash("sha256").update(storageKey).digest("hex"),
          storageKey,
          requesterId,
          id,
          requestedAt,
          requestedAt,
        ]);
      }
    }
    for (const bucket of grantBuckets) {
      buckets.push([
        bucket.id,
        operator.id,
        grantId,
        bucket.programmeBucketId,
        bucket.code,
        bucket.name,
        bucket.nameZh,
        bucket.capCents,
        bucket.evidenceRule,
        bucket.requiresPreApproval,
        bucket.gatingMilestoneCategory,
        bucket.approvals,
        now,
      ]);
    }
  });
  await context.writer.insert(
    "Grant",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["enrolmentId", "text"],
      ["approvedTotalCents", "bigint"],
      ["status", '"GrantStatus"'],
      ["awardedAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ],
    grants,
  );
  await context.writer.insert(
    "GrantBucket",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["grantId", "text"],
      ["programmeBucketId", "text"],
      ["code", "text"],
      ["name", "text"],
      ["nameZh", "text"],
      ["capCents", "bigint"],
      ["evidenceRule", '"FundingEvidenceRule"'],
      ["requiresPreApproval", "boolean"],
      ["gatingMilestoneCategory", '"MilestoneCategory"'],
      ["version", "int"],
      ["updatedAt", "timestamptz"],
    ],
    buckets,
  );
  await context.writer.insert(
    "Disbursement",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["grantId", "text"],
      ["bucketId", "text"],
      ["gatingMilestoneId", "text"],
      ["amountCents", "bigint"],
      ["purpose", "text"],
      ["status", '"DisbursementStatus"'],
      ["idempotencyKey", "text"],
      ["version", "int"],
      ["requestedById", "text"],
      ["requestedAt", "timestamptz"],
      ["approvedById", "text"],
      ["approvedAt", "timestamptz"],
      ["financeApprovedById", "text"],
      ["financeApprovedAt", "timestamptz"],
      ["paidById", "text"],
      ["paidAt", "timestamptz"],
      ["paymentReference", "text"],
      ["rejectedById", "text"],
      ["rejectedAt", "timestamptz"],
      ["rejectionReason", "text"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ],
    tranches,
  );
  await context.writer.insert(
    "Attachment",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["kind", '"AttachmentKind"'],
      ["fileName", "text"],
      ["mimeType", "text"],
      ["sizeBytes", "int"],
      ["sha256", "text"],
      ["storageKey", "text"],
      ["uploadedById", "text"],
      ["disbursementId", "text"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ],
    attachments,
  );
}

function minDate(a: Date, b: Date): Date {
  return a < b ? a : b;
}
