import { describe, expect, it } from "vitest";
import {
  currentDraft,
  latestPublished,
  nextVersionNumber,
  planFormSave,
  planRubricSave,
} from "./form-builder-versions";

const published = (version: number) => ({
  id: `v${version}`,
  version,
  publishedAt: new Date(`2026-0${version}-01T00:00:00Z`),
});
const draft = (version: number) => ({ id: `v${version}`, version, publishedAt: null });

describe("form versions", () => {
  it("starts version 1 when the call has no form", () => {
    expect(planFormSave([])).toEqual({ kind: "createDraft", version: 1 });
  });

  it("keeps editing the unpublished draft", () => {
    expect(planFormSave([draft(1)])).toEqual({ kind: "updateDraft", id: "v1", version: 1 });
    expect(planFormSave([published(1), draft(2)])).toEqual({
      kind: "updateDraft",
      id: "v2",
      version: 2,
    });
  });

  it("never edits a published form: the first edit after publishing starts version N+1", () => {
    expect(planFormSave([published(1)])).toEqual({ kind: "createDraft", version: 2 });
    expect(planFormSave([published(1), published(2)])).toEqual({ kind: "createDraft", version: 3 });
  });

  it("finds the latest published version and the current draft", () => {
    const versions = [published(1), published(2), draft(3)];
    expect(latestPublished(versions)?.version).toBe(2);
    expect(currentDraft(versions)?.version).toBe(3);
    expect(currentDraft([published(1)])).toBeNull();
    expect(latestPublished([draft(1)])).toBeNull();
    expect(nextVersionNumber(versions)).toBe(4);
  });
});

describe("rubric versions", () => {
  it("corrects the published rubric in place while no review uses it", () => {
    expect(planRubricSave([published(1)], { isPublishedInUse: false })).toEqual({
      kind: "updatePublished",
      id: "v1",
      version: 1,
    });
  });

  it("starts version N+1 once a review uses the published rubric", () => {
    expect(planRubricSave([published(1)], { isPublishedInUse: true })).toEqual({
      kind: "createDraft",
      version: 2,
    });
  });

  it("edits an existing draft whatever the published one's use", () => {
    expect(planRubricSave([published(1), draft(2)], { isPublishedInUse: true })).toEqual({
      kind: "updateDraft",
      id: "v2",
      version: 2,
    });
    expect(planRubricSave([], { isPublishedInUse: false })).toEqual({
      kind: "createDraft",
      version: 1,
    });
  });
});
