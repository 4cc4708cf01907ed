import { z } from "zod";
import { isRealCalendarDate } from "@/lib/schemas/calendar-date";
import { parseHkdAmount } from "@/lib/domain/disbursement-amount";

const organisation = z.string().min(1).max(100);
const recordId = z.string().min(1).max(64);
// A row version is a PostgreSQL integer: anything larger is no version the app ever wrote.
const version = z.int().min(0).max(2_147_483_647);

/** An HKD amount as typed ("1,234.50"), read into exact cents. */
function hkdAmount({ allowZero = false }: { allowZero?: boolean } = {}) {
  return z
    .string()
    .max(40, "Enter the amount as digits, e.g. 12,500.00")
    .transform((value, context) => {
      const parsed = parseHkdAmount(value, { allowZero });
      if (!parsed.ok) {
        context.addIssue({ code: "custom", message: parsed.problem });
        return z.NEVER;
      }
      return parsed.cents;
    });
}

/** A Hong Kong calendar date, e.g. "2026-11-24". */
const calendarDate = (message: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((value) => isRealCalendarDate(value), message);

/**
 * Awarding a grant: one amount per programme bucket (at most that bucket's cap; zero leaves it
 * unfunded). The total is their sum, checked against the programme's cap in the action.
 */
export const awardGrantSchema = z.object({
  organisation,
  enrolmentId: recordId,
  buckets: z
    .array(z.object({ programmeBucketId: recordId, amount: hkdAmount({ allowZero: true }) }))
    .min(1, "The programme has no funding buckets to award")
    .max(20),
});
export type AwardGrantInput = z.input<typeof awardGrantSchema>;
export type AwardGrantOutput = z.output<typeof awardGrantSchema>;

/**
 * A tranche request. `idempotencyKey` is generated once per form by the browser: submitting
 * the same form twice (a double click, a retry after a timeout) records one request.
 */
export const requestDisbursementSchema = z.object({
  organisation,
  grantId: recordId,
  bucketId: z.string().min(1, "Choose a funding bucket").max(64),
  amount: hkdAmount(),
  purpose: z
    .string()
    .trim()
    .min(5, "Say what the money is for (at least 5 characters)")
    .max(500, "Keep the purpose under 500 characters"),
  gatingMilestoneId: z
    .string()
    .max(64)
    .optional()
    .transform((value) => value || undefined),
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9-]{16,100}$/, "Reload the page and fill in the form again"),
});
export type RequestDisbursementInput = z.input<typeof requestDisbursementSchema>;
export type RequestDisbursementOutput = z.output<typeof requestDisbursementSchema>;

/**
 * A signature on a tranche (officer approval, finance approval): `version` is the one the
 * signer saw, so a signature on a stale view fails instead of signing something else.
 */
export const signDisbursementSchema = z.object({ organisation, disbursementId: recordId, version });
export type SignDisbursementInput = z.infer<typeof signDisbursementSchema>;

/** Finance records the payment: the bank's reference and the value date (Hong Kong). */
export const markDisbursementPaidSchema = z.object({
  organisation,
  disbursementId: recordId,
  version,
  paymentReference: z
    .string()
    .trim()
    .min(3, "Enter the payment reference from the bank or payment run")
    .max(100, "Keep the reference under 100 characters"),
  paidOn: calendarDate("Enter the payment date"),
});
export type MarkDisbursementPaidInput = z.infer<typeof markDisbursementPaidSchema>;

/** A rejection, at any step before payment, with the reason the start-up reads. */
export const rejectDisbursementSchema = z.object({
  organisation,
  disbursementId: recordId,
  version,
  reason: z
    .string()
    .trim()
    .min(5, "Tell the start-up why (at least 5 characters)")
    .max(2000, "Keep the reason under 2,000 characters"),
});
export type RejectDisbursementInput = z.infer<typeof rejectDisbursementSchema>;
