// Versions of a call's application form and review rubric. A published version never changes
// under the people using it: applications keep the form they were started on, and reviews the
// rubric they were scored on. Edits go into one draft version (the highest, unpublished) that
// publishing makes current.

export type VersionRow = { id: string; version: number; publishedAt: Date | null };

/** The latest published version, or null when none has been published. */
export function latestPublished<V extends VersionRow>(versions: readonly V[]): V | null {
  return versions
    .filter((row) => row.publishedAt !== null)
    .reduce<V | null>((best, row) => (!best || row.version > best.version ? row : best), null);
}

/** The draft being edited: an unpublished version above every published one, or null. */
export function currentDraft<V extends VersionRow>(versions: readonly V[]): V | null {
  const published = latestPublished(versions)?.version ?? 0;
  return versions
    .filter((row) => row.publishedAt === null && row.version > published)
    .reduce<V | null>((best, row) => (!best || row.version > best.version ? row : best), null);
}

/** The number a new version gets: one above the highest so far. */
export function nextVersionNumber(versions: readonly VersionRow[]): number {
  return versions.reduce((highest, row) => Math.max(highest, row.version), 0) + 1;
}

export type SavePlan =
  | { kind: "updateDraft"; id: string; version: number }
  | { kind: "updatePublished"; id: string; version: number }
  | { kind: "createDraft"; version: number };

/**
 * Where an edit of the form goes: into the current draft, or a new draft version. A published
 * form is never changed, because applications already point at it.
 */
export function planFormSave(versions: readonly VersionRow[]): SavePlan {
  const draft = currentDraft(versions);
  if (draft) return { kind: "updateDraft", id: draft.id, version: draft.version };
  return { kind: "createDraft", version: nextVersionNumber(versions) };
}

/**
 * Where an edit of the rubric goes. Like the form, except that while no review has started on
 * the published rubric nothing depends on it yet, so it is corrected in place; once a review
 * exists, the edit becomes a new draft version and the started reviews keep their criteria.
 */
export function planRubricSave(
  versions: readonly VersionRow[],
  { isPublishedInUse }: { isPublishedInUse: boolean },
): SavePlan {
  const draft = currentDraft(versions);
  if (draft) return { kind: "updateDraft", id: draft.id, version: draft.version };
  const published = latestPublished(versions);
  if (published && !isPublishedInUse) {
    return { kind: "updatePublished", id: published.id, version: published.version };
  }
  return { kind: "createDraft", version: nextVersionNumber(versions) };
}
