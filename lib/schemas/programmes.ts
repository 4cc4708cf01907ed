import { z } from "zod";
import {
  FocusArea,
  FundingEvidenceRule,
  MilestoneCategory,
  ProgrammeBenefit,
  ProgrammeKind,
  ProgrammeStatus,
} from "@/lib/generated/prisma/enums";

const organisation = z.string().min(1).max(100);
const recordId = z.string().min(1).max(64);

/** Up to HK$10bn: far above any programme, far below where cents stop being exact anywhere. */
const MAX_AMOUNT_CENTS = 1_000_000_000_000n;

/**
 * An amount in HK dollars as typed ("6,000,000", "HK$640,000.50") in exact BigInt cents, or
 * null when it is not an amount. String arithmetic only: no floating point touches money.
 */
export function parseHkdAmountToCents(text: string): bigint | null {
  const cleaned = text.replace(/[\s,]/g, "").replace(/^HK\$/i, "").replace(/^\$/, "");
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
}

/** Cents as the text of an amount input, grouped in thousands (600000000n → "6,000,000"). */
export function centsToAmountText(cents: bigint | string): string {
  const value = BigInt(cents);
  const whole = (value / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const fraction = value % 100n;
  return fraction === 0n ? whole : `${whole}.${fraction.toString().padStart(2, "0")}`;
}

/** An HKD amount field: typed text in, BigInt cents out. */
export const hkdAmountField = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${what} in HK dollars`)
    .transform((text, context) => {
      const cents = parseHkdAmountToCents(text);
      if (cents === null || cents > MAX_AMOUNT_CENTS) {
        context.addIssue({
          code: "custom",
          message: `Enter the ${what} in HK dollars, e.g. 6,000,000`,
        });
        return z.NEVER;
      }
      return cents;
    });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((value) => (value ? value : null));

export const fundingBucketSchema = z.object({
  /** The existing bucket's id when editing; absent for a new one. */
  id: recordId.optional(),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9_]{1,31}$/, "Use 2–32 capital letters, digits or _ (e.g. UPFRONT)"),
  name: z.string().trim().min(2, "Name the bucket").max(120, "Use at most 120 characters"),
  nameZh: optionalText(120),
  cap: hkdAmountField("bucket cap"),
  evidenceRule: z.enum(FundingEvidenceRule, { error: "Choose the evidence rule" }),
  requiresPreApproval: z.boolean(),
  gatingMilestoneCategory: z
    .enum(MilestoneCategory)
    .nullable()
    .or(z.literal("").transform(() => null)),
});

const programmeFields = z.object({
  organisation,
  name: z
    .string()
    .trim()
    .min(3, "Give the programme a name")
    .max(160, "Use at most 160 characters"),
  nameZh: optionalText(160),
  kind: z.enum(ProgrammeKind, { error: "Choose the kind of programme" }),
  status: z.enum(ProgrammeStatus, { error: "Choose a status" }),
  focusAreas: z.array(z.enum(FocusArea)).min(1, "Choose at least one focus area"),
  benefits: z.array(z.enum(ProgrammeBenefit)),
  description: optionalText(5000),
  fundingCap: hkdAmountField("funding cap per start-up"),
  durationMonths: z
    .number({ error: "Enter the duration in months" })
    .int("Enter whole months")
    .min(1, "At least one month")
    .max(120, "At most 120 months"),
  fundingBuckets: z.array(fundingBucketSchema).max(12, "At most 12 funding buckets"),
  partnerIds: z.array(recordId).max(20, "At most 20 partners"),
});

/** Bucket codes are unique, bucket caps add up to no more than the programme cap. */
function checkProgramme(input: z.output<typeof programmeFields>, context: z.RefinementCtx) {
  const codes = new Set<string>();
  input.fundingBuckets.forEach((bucket, index) => {
    if (codes.has(bucket.code)) {
      context.addIssue({
        code: "custom",
        path: ["fundingBuckets", index, "code"],
        message: `Another bucket is already ${bucket.code}`,
      });
    }
    codes.add(bucket.code);
    if (bucket.cap <= 0n) {
      context.addIssue({
        code: "custom",
        path: ["fundingBuckets", index, "cap"],
        message: "A bucket's cap must be above HK$0",
      });
    }
  });
  if (input.fundingCap <= 0n) {
    context.addIssue({
      code: "custom",
      path: ["fundingCap"],
      message: "The funding cap must be above HK$0",
    });
  }
  const total = input.fundingBuckets.reduce((sum, bucket) => sum + bucket.cap, 0n);
  if (total > input.fundingCap) {
    context.addIssue({
      code: "custom",
      path: ["fundingBuckets"],
      message: "The bucket caps add up to more than the funding cap per start-up",
    });
  }
  if (input.kind !== "CO_INCUBATION" && input.partnerIds.length > 0) {
    context.addIssue({
      code: "custom",
      path: ["partnerIds"],
      message: "Only co-incubation programmes have partners",
    });
  }
  if (new Set(input.partnerIds).size !== input.partnerIds.length) {
    context.addIssue({
      code: "custom",
      path: ["partnerIds"],
      message: "A partner is listed twice",
    });
  }
}

export const createProgrammeSchema = programmeFields.superRefine(checkProgramme);
export type CreateProgrammeInput = z.input<typeof createProgrammeSchema>;

export const updateProgrammeSchema = programmeFields
  .extend({ programmeId: recordId })
  .superRefine(checkProgramme);
export type UpdateProgrammeInput = z.input<typeof updateProgrammeSchema>;
