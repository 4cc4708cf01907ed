import { z } from "zod";
import { isRealCalendarDate } from "@/lib/schemas/calendar-date";
import { CoachingTopic, FocusArea } from "@/lib/generated/prisma/enums";

const organisation = z.string().min(1).max(100);
const recordId = z.string().min(1).max(64);

/** A Hong Kong calendar date, e.g. "2026-12-01". */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date")
  .refine((value) => isRealCalendarDate(value), "Choose a date");

const languageTag = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language tag such as en, yue or cmn");

const supportNeeds = z.array(z.enum(CoachingTopic)).max(8, "Choose at most 8 needs");
const workingLanguages = z.array(languageTag).max(6, "Choose at most 6 languages");

/** Enrols the start-up of an accepted application; the end date follows the programme's duration. */
export const enrolStartupSchema = z.object({
  organisation,
  applicationId: recordId,
  startsOn: calendarDate,
  supportNeeds,
  workingLanguages,
});
export type EnrolStartupInput = z.input<typeof enrolStartupSchema>;

/** Graduate or withdraw an active enrolment; both need a reason. */
export const changeEnrolmentStatusSchema = z.object({
  organisation,
  enrolmentId: recordId,
  to: z.enum(["GRADUATED", "WITHDRAWN"], { error: "Choose graduate or withdraw" }),
  reason: z
    .string()
    .trim()
    .min(10, "Give the reason (at least 10 characters)")
    .max(2000, "Use at most 2000 characters"),
});
export type ChangeEnrolmentStatusInput = z.input<typeof changeEnrolmentStatusSchema>;

/** What the start-up wants coaching on and the languages the team works in. */
export const updateSupportPlanSchema = z.object({
  organisation,
  enrolmentId: recordId,
  supportNeeds,
  workingLanguages,
});
export type UpdateSupportPlanInput = z.input<typeof updateSupportPlanSchema>;

/** The mentor's own profile in the operator's pool. */
export const updateMentorProfileSchema = z.object({
  organisation,
  headline: z
    .string()
    .trim()
    .max(160, "Use at most 160 characters")
    .transform((value) => value || null),
  bio: z
    .string()
    .trim()
    .max(2000, "Use at most 2000 characters")
    .transform((value) => value || null),
  expertise: z.array(z.enum(CoachingTopic)).min(1, "Choose at least one area of expertise").max(8),
  therapeuticAreas: z.array(z.enum(FocusArea)).max(8),
  languages: z.array(languageTag).min(1, "Choose at least one language").max(6),
  capacity: z.coerce
    .number({ error: "Give a number of start-ups" })
    .int("Use a whole number")
    .min(0, "Use 0 to take no new start-ups")
    .max(12, "At most 12 start-ups at once"),
});
export type UpdateMentorProfileInput = z.input<typeof updateMentorProfileSchema>;

export const assignMentorSchema = z.object({
  organisation,
  enrolmentId: recordId,
  mentorId: z.string().min(1, "Choose a mentor").max(64),
});
export type AssignMentorInput = z.input<typeof assignMentorSchema>;

export const endMentorAssignmentSchema = z.object({
  organisation,
  assignmentId: recordId,
});
export type EndMentorAssignmentInput = z.input<typeof endMentorAssignmentSchema>;
