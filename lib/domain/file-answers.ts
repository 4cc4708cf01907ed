import type { FormDefinition } from "@/lib/schemas/forms";

/** At most this many files answer one file question unless the form says otherwise. */
export const DEFAULT_MAX_FILES_PER_QUESTION = 5;

/**
 * The attachment ids a file question's answer lists. The answer is a list of ids; an answer
 * saved before uploads existed ({ attachmentId, fileName }) still reads as its one id.
 */
export function fileAnswerIds(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.filter((id): id is string => typeof id === "string" && id.length > 0);
  }
  if (value && typeof value === "object") {
    const id = (value as { attachmentId?: unknown }).attachmentId;
    return typeof id === "string" && id.length > 0 ? [id] : [];
  }
  return [];
}

/**
 * The answers with every file question's ids narrowed to files still attached to the
 * application (a file removed in another tab, or an id that was never this application's,
 * counts as not there). A file question left with no file has no answer, so a required one
 * blocks submission with its usual message.
 */
export function keepAttachedFiles(
  definition: FormDefinition,
  answers: Readonly<Record<string, unknown>>,
  attachedIds: ReadonlySet<string>,
): Record<string, unknown> {
  const kept: Record<string, unknown> = { ...answers };
  for (const question of definition.sections.flatMap((section) => section.questions)) {
    if (question.type !== "file" || !(question.key in kept)) continue;
    const ids = fileAnswerIds(kept[question.key]).filter((id) => attachedIds.has(id));
    if (ids.length > 0) kept[question.key] = ids;
    else delete kept[question.key];
  }
  return kept;
}

/** The files a file question's answer lists, in its order, among the application's files. */
export function filesOfAnswer<File extends { id: string }>(
  value: unknown,
  attachments: readonly File[],
): File[] {
  const byId = new Map(attachments.map((file) => [file.id, file]));
  return fileAnswerIds(value).flatMap((id) => {
    const file = byId.get(id);
    return file ? [file] : [];
  });
}
