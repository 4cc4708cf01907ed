import { z } from "zod";

const organisation = z.string().min(1).max(100);
const recordId = z.string().min(1).max(64);
// A row version is a PostgreSQL integer: anything larger is no version the app ever wrote.
const version = z.int().min(0).max(2_147_483_647);

export const projectTitleField = z
  .string()
  .trim()
  .min(3, "Give the project a title of at least 3 characters.")
  .max(160, "Keep the project title under 160 characters.");

export const startApplicationSchema = z.object({
  organisation,
  callId: recordId,
  projectTitle: projectTitleField,
});
export type StartApplicationInput = z.infer<typeof startApplicationSchema>;

/**
 * An autosave: only the answers that changed (null or "" clears one). Their shapes are checked
 * against the application's own form in the action, which knows the form.
 */
export const saveApplicationDraftSchema = z.object({
  organisation,
  applicationId: recordId,
  version,
  projectTitle: projectTitleField.optional(),
  answers: z
    .record(z.string().max(64), z.json())
    .refine((answers) => Object.keys(answers).length <= 200, "Too many answers in one save."),
});
export type SaveApplicationDraftInput = z.infer<typeof saveApplicationDraftSchema>;

export const submitApplicationSchema = z.object({ organisation, applicationId: recordId, version });
export type SubmitApplicationInput = z.infer<typeof submitApplicationSchema>;

export const withdrawApplicationSchema = z.object({
  organisation,
  applicationId: recordId,
  reason: z
    .string()
    .trim()
    .min(5, "Tell the programme office briefly why you withdraw.")
    .max(1000, "Keep the reason under 1,000 characters."),
});
export type WithdrawApplicationInput = z.infer<typeof withdrawApplicationSchema>;
