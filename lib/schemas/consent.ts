import { z } from "zod";
import { ConsentCategory } from "@/lib/generated/prisma/enums";

const organisation = z.string().min(1).max(100);
const recordId = z.string().min(1).max(64);

/** One consent: this programme's partner may see this category of the start-up's data. */
export const consentTargetSchema = z.object({
  organisation,
  programmeId: recordId,
  partnerId: recordId,
  category: z.enum(ConsentCategory, { error: "Choose what to share" }),
});

export const grantConsentSchema = consentTargetSchema;
export type GrantConsentInput = z.input<typeof grantConsentSchema>;

export const withdrawConsentSchema = consentTargetSchema;
export type WithdrawConsentInput = z.input<typeof withdrawConsentSchema>;
