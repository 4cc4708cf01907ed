import { describe, expect, it } from "vitest";
import { parseFormDefinition } from "@/lib/schemas/forms";
import { fileAnswerIds, filesOfAnswer, keepAttachedFiles } from "./file-answers";

const definition = parseFormDefinition({
  sections: [
    {
      key: "s",
      title: "S",
      questions: [
        { key: "summary", type: "longText", label: "Summary" },
        { key: "pitch_deck", type: "file", label: "Pitch deck", required: true },
        { key: "ip_summary", type: "file", label: "IP summary" },
      ],
    },
  ],
});

describe("file answers", () => {
  it("reads a list of ids, and the one id of an answer saved in the older shape", () => {
    expect(fileAnswerIds(["a1", "a2"])).toEqual(["a1", "a2"]);
    expect(fileAnswerIds({ attachmentId: "a1", fileName: "deck.pdf" })).toEqual(["a1"]);
    expect(fileAnswerIds([1, "", "a3"])).toEqual(["a3"]);
    expect(fileAnswerIds(null)).toEqual([]);
    expect(fileAnswerIds("a1")).toEqual([]);
  });

  it("keeps only files still attached, and drops a file answer left empty", () => {
    const answers = { summary: "CAR-T", pitch_deck: ["gone", "kept"], ip_summary: ["gone"] };
    expect(keepAttachedFiles(definition, answers, new Set(["kept"]))).toEqual({
      summary: "CAR-T",
      pitch_deck: ["kept"],
    });
  });

  it("lists an answer's files in its order, never a file of another record", () => {
    const attachments = [{ id: "b" }, { id: "a" }];
    expect(filesOfAnswer(["a", "foreign", "b"], attachments)).toEqual([{ id: "a" }, { id: "b" }]);
  });
});
