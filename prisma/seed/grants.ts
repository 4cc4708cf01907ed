import type { Milestone, Prisma } from "@/lib/generated/prisma/client";
import type { DisbursementStatus } from "@/lib/generated/prisma/enums";
import { createDisbursement, createGrant } from "@/tests/factories/grants";
import { sha256Hex } from "@/tests/factories/sequence";
import { officerFor, type SeedContext, staffMember } from "./context";
import { type BucketRole, planTranches, type TranchePlan } from "./disbursement-plan";
import type { SeededEnrolment } from "./enrolments";
import { must } from "./lookup";
import { DEMO_STARTUP_SLUG } from "./startups";
import { hkt, shiftDays } from "./time";

/** The demo founder's tranches, written out so every status has a story. */
function demoTranches(milestones: Milestone[]): TranchePlan[] {
  const preInd = milestones.find((milestone) => milestone.title === "Pre-IND meeting held");
  if (preInd?.status !== "ACHIEVED")
    throw new Error("The demo start-up's pre-IND milestone must be ACHIEVED");
  return [
    {
      bucket: "NO_EVIDENCE",
      amountCents: 4_000_000n,
      purpose: "Financial subsidy: June–August 2026",
      status: "PAID",
      requestedAt: hkt("2026-06-03", "11:20"),
    },
    {
      bucket: "PROOF",
      amountCents: 5_800_000n,
      purpose: "Travel to BIO 2026 partnering meetings",
      status: "REJECTED",
      requestedAt: hkt("2026-07-15", "16:05"),
      rejectionReason:
        "Travel is not an eligible cost under the upfront grant; claim it under the financial subsidy instead.",
    },
    {
      bucket: "PROOF",
      amountCents: 41_250_000n,
      purpose: "GMP-grade lentiviral vector lot for PFL-201 (invoice VX-26-0817)",
      status: "PAID",
      requestedAt: hkt("2026-08-20", "10:45"),
    },
    {
      bucket: "NO_EVIDENCE",
      amountCents: 4_000_000n,
      purpose: "Financial subsidy: September–November 2026",
      status: "PAID",
      requestedAt: hkt("2026-09-02", "09:50"),
    },
    {
      bucket: "PROOF",
      amountCents: 18_600_000n,
      purpose: "Flow cytometer service contract, 12 months",
      status: "FINANCE_APPROVED",
      requestedAt: hkt("2026-10-08", "14:30"),
    },
    {
      bucket: "GATED",
      amountCents: 32_000_000n,
      purpose: "Pre-IND meeting: regulatory consultant fees and FDA Type B briefing package",
      status: "APPROVED",
      requestedAt: hkt("2026-11-02", "10:10"),
      gatingMilestone: preInd,
    },
    {
      bucket: "PROOF",
      amountCents: 9_680_000n,
      purpose: "Cell-culture consumables, Q3 2026",
      status: "APPROVED",
      requestedAt: hkt("2026-11-05", "17:40"),
    },
    {
      bucket: "NO_EVIDENCE",
      amountCents: 4_000_000n,
      purpose: "Financial subsidy: December 2026–February 2027",
      status: "REQUESTED",
      requestedAt: hkt("2026-11-20", "09:15"),
    },
  ];
}

const PAST_APPROVAL: Record<DisbursementStatus, number> = {
  REQUESTED: 0,
  APPROVED: 1,
  FINANCE_APPROVED: 2,
  PAID: 3,
  REJECTED: 1,
};

/** Grants with buckets copied from the programme, and their tranches, for every enrolment that drew money. */
export async function seedGrants(
  context: SeedContext,
  enrolments: SeededEnrolment[],
  milestones: Map<string, Milestone[]>,
): Promise<void> {
  const { db } = context;
  const attachments: Prisma.AttachmentCreateManyInput[] = [];
  for (const [grantIndex, seeded] of enrolments.entries()) {
    const { enrolment, team } = seeded;
    const { programme, buckets: programmeBuckets } = must(context.programmes, seeded.programmeKey);
    const officer = officerFor(context, seeded.programmeKey);
    const isHkstp = seeded.programmeKey !== "cuhkSeed";
    const finance = isHkstp
      ? staffMember(context, grantIndex % 3 === 2 ? "finance2" : "finance")
      : staffMember(context, "cuhkFinance");
    const grant = await createGrant(db, {
      organisationId: enrolment.organisationId,
      enrolmentId: enrolment.id,
      approvedTotalCents: programme.fundingCapCents,
      status: enrolment.status === "ACTIVE" ? "ACTIVE" : "CLOSED",
      awardedAt: hkt(enrolment.startsOn.toISOString().slice(0, 10), "10:00"),
      createdAt: hkt(enrolment.startsOn.toISOString().slice(0, 10), "10:00"),
    });
    const buckets = await db.grantBucket.createManyAndReturn({
      data: programmeBuckets.map((bucket) => ({
        organisationId: grant.organisationId,
        grantId: grant.id,
        programmeBucketId: bucket.id,
        code: bucket.code,
        name: bucket.name,
        nameZh: bucket.nameZh,
        capCents: bucket.capCents,
        evidenceRule: bucket.evidenceRule,
        requiresPreApproval: bucket.requiresPreApproval,
        gatingMilestoneCategory: bucket.gatingMilestoneCategory,
        createdAt: grant.createdAt,
      })),
    });
    const bucketFor = (role: BucketRole) =>
      buckets.find((bucket) =>
        role === "NO_EVIDENCE"
          ? bucket.evidenceRule === "NONE"
          : role === "GATED"
            ? bucket.gatingMilestoneCategory !== null
            : bucket.evidenceRule === "PAYMENT_PROOF" && bucket.gatingMilestoneCategory === null,
      );
    const gated = bucketFor("GATED");
    const enrolmentMilestones = milestones.get(seeded.key) ?? [];
    const tranches =
      team.seed.slug === DEMO_STARTUP_SLUG && seeded.programmeKey === "incuBio"
        ? demoTranches(enrolmentMilestones)
        : planTranches(
            seeded,
            {
              NO_EVIDENCE: bucketFor("NO_EVIDENCE")?.capCents,
              PROOF: bucketFor("PROOF")?.capCents,
              GATED: gated?.capCents,
            },
            enrolmentMilestones,
            gated?.gatingMilestoneCategory ?? null,
            programme.durationMonths,
          );

    const committed = new Map<string, bigint>();
    for (const [index, tranche] of tranches.entries()) {
      const bucket = must(
        new Map(buckets.map((item) => [item.code, item])),
        bucketFor(tranche.bucket)?.code ?? "",
      );
      const { status, requestedAt } = tranche;
      const signatures = PAST_APPROVAL[status];
      if (status !== "REQUESTED" && status !== "REJECTED") {
        const total = (committed.get(bucket.code) ?? 0n) + tranche.amountCents;
        if (total > bucket.capCents)
          throw new Error(`Seed tranches exceed the ${bucket.code} cap for ${team.seed.slug}`);
        if (bucket.gatingMilestoneCategory && tranche.gatingMilestone?.status !== "ACHIEVED") {
          throw new Error(
            `Seed approves a gated tranche without an achieved milestone for ${team.seed.slug}`,
          );
        }
        committed.set(bucket.code, total);
      }
      const approvedAt = shiftDays(requestedAt, 3.2);
      const financeApprovedAt = shiftDays(requestedAt, 7.1);
      const paidAt = shiftDays(requestedAt, 11.9);
      const requester = index % 2 === 0 ? team.founder : team.cofounder;
      const disbursement = await createDisbursement(db, {
        bucketId: bucket.id,
        gatingMilestoneId: tranche.gatingMilestone?.id ?? null,
        amountCents: tranche.amountCents,
        purpose: tranche.purpose,
        status,
        idempotencyKey: `seed-${team.seed.slug}-${seeded.programmeKey}-${index + 1}`,
        version: signatures,
        requestedById: requester.id,
        requestedAt,
        approvedById: signatures >= 1 && status !== "REJECTED" ? officer.id : null,
        approvedAt: signatures >= 1 && status !== "REJECTED" ? approvedAt : null,
        financeApprovedById: signatures >= 2 ? finance.id : null,
        financeApprovedAt: signatures >= 2 ? financeApprovedAt : null,
        paidById: status === "PAID" ? finance.id : null,
        paidAt: status === "PAID" ? paidAt : null,
        paymentReference:
          status === "PAID"
            ? `${isHkstp ? "HKSTP-PV" : "CUHK-BI"}-${paidAt.toISOString().slice(0, 7).replace("-", "")}-${String(grantIndex * 40 + index + 101).padStart(5, "0")}`
            : null,
        rejectedById: status === "REJECTED" ? officer.id : null,
        rejectedAt: status === "REJECTED" ? approvedAt : null,
        rejectionReason:
          status === "REJECTED" ? (tranche.rejectionReason ?? "Not an eligible cost.") : null,
        createdAt: requestedAt,
        updatedAt: [requestedAt, approvedAt, financeApprovedAt, paidAt][signatures] ?? requestedAt,
      });
      if (bucket.evidenceRule === "PAYMENT_PROOF") {
        const storageKey = `seed/disbursements/${team.seed.slug}/${disbursement.idempotencyKey}/invoice-and-receipt.pdf`;
        attachments.push({
          organisationId: disbursement.organisationId,
          kind: "PAYMENT_PROOF",
          fileName: "invoice-and-receipt.pdf",
          mimeType: "application/pdf",
          sizeBytes: 150_000 + index * 7_000,
          sha256: sha256Hex(storageKey),
          storageKey,
          uploadedById: requester.id,
          disbursementId: disbursement.id,
          createdAt: requestedAt,
          updatedAt: requestedAt,
        });
      }
    }
    for (const bucket of buckets) {
      const approvals = tranches.filter(
        (tranche) => bucketFor(tranche.bucket)?.id === bucket.id && tranche.status !== "REQUESTED",
      ).length;
      if (approvals > 0)
        await db.grantBucket.update({ where: { id: bucket.id }, data: { version: approvals } });
    }
  }
  await db.attachment.createMany({ data: attachments });
}
