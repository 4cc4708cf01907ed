import { z } from "zod";
import { CLARIFICATION_MAX_LENGTH } from "@/lib/domain/clarifications";

const organisation = z.string().min(1).max(100);
const recordId = z.string().min(1).max(64);

const body = (emptyMessage: string) =>
  z
    .string()
    .trim()
    .min(1, emptyMessage)
    .max(
      CLARIFICATION_MAX_LENGTH,
      `Keep it under ${CLARIFICATION_MAX_LENGTH.toLocaleString("en-HK")} characters.`,
    );

/** The programme office asks the applicant a question about a submitted application. */
export const requestClarificationSchema = z.object({
  organisation,
  applicationId: recordId,
  body: body("Write the question for the applicant."),
});
export type RequestClarificationInput = z.infer<typeof requestClarificationSchema>;

/** The applicant answers the programme office. */
export const replyToClarificationSchema = z.object({
  organisation,
  applicationId: recordId,
  body: body("Write your reply."),
});
export type ReplyToClarificationInput = z.infer<typeof replyToClarificationSchema>;
