import { z } from "zod";
import { ActionItemOwnerSide, CoachingMode, CoachingTopic } from "@/lib/generated/prisma/enums";
import { calendarDate } from "@/lib/schemas/cohort";

const organisation = z.string().min(1).max(100);
const recordId = z.string().min(1).max(64);

/** A Hong Kong wall-clock time, "14:30". */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Choose a time");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((value) => (value ? value : null));

const when = {
  date: calendarDate,
  time: clockTime,
  durationMinutes: z.coerce
    .number({ error: "Give the length in minutes" })
    .int("Use whole minutes")
    .min(15, "At least 15 minutes")
    .max(480, "At most 8 hours"),
  mode: z.enum(CoachingMode, { error: "Choose how you met" }),
  topics: z.array(z.enum(CoachingTopic)).min(1, "Choose at least one topic").max(8),
};

/** The instant of a Hong Kong date and time (UTC+8 all year). */
export function hongKongInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

/** A session planned ahead: SCHEDULED, with an agenda the start-up sees. */
export const scheduleSessionSchema = z.object({
  organisation,
  enrolmentId: recordId,
  ...when,
  agenda: optionalText(2000),
});
export type ScheduleSessionInput = z.input<typeof scheduleSessionSchema>;

export const actionItemInputSchema = z.object({
  description: z
    .string()
    .trim()
    .min(3, "Describe the action")
    .max(500, "Use at most 500 characters"),
  ownerSide: z.enum(ActionItemOwnerSide),
  /** A person of that side; optional (the side owns it). */
  ownerId: z
    .string()
    .max(64)
    .optional()
    .transform((value) => value || null),
  dueOn: z
    .union([calendarDate, z.literal("")])
    .optional()
    .transform((value) => value || null),
});
export type ActionItemInput = z.input<typeof actionItemInputSchema>;

/**
 * A session written up: a new one, or a scheduled one (`sessionId`) now held. Shared notes go to
 * the start-up; private notes and the assessment stay with the operator.
 */
export const logSessionSchema = z.object({
  organisation,
  enrolmentId: recordId,
  sessionId: recordId.optional(),
  ...when,
  sharedNotes: z
    .string()
    .trim()
    .min(10, "Write what the start-up should take away (at least 10 characters)")
    .max(5000, "Use at most 5000 characters"),
  privateNotes: optionalText(5000),
  assessmentRating: z.coerce
    .number({ error: "Rate progress from 1 to 5" })
    .int()
    .min(1, "Rate progress from 1 to 5")
    .max(5, "Rate progress from 1 to 5"),
  assessmentComment: optionalText(1000),
  actionItems: z.array(actionItemInputSchema).max(20, "At most 20 action items"),
});
export type LogSessionInput = z.input<typeof logSessionSchema>;

export const cancelSessionSchema = z.object({
  organisation,
  sessionId: recordId,
});
export type CancelSessionInput = z.input<typeof cancelSessionSchema>;

export const confirmSessionSchema = z.object({
  organisation,
  sessionId: recordId,
});
export type ConfirmSessionInput = z.input<typeof confirmSessionSchema>;

export const completeActionItemSchema = z.object({
  organisation,
  actionItemId: recordId,
  isDone: z.boolean(),
});
export type CompleteActionItemInput = z.input<typeof completeActionItemSchema>;
