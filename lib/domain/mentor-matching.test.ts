import { describe, expect, it } from "vitest";
import { languageLabel, rankMentors, scoreMentor, type MentorCandidate } from "./mentor-matching";

const mentor = (overrides: Partial<MentorCandidate> & { name: string }): MentorCandidate => ({
  userId: overrides.name.toLowerCase().replaceAll(" ", "-"),
  expertise: [],
  therapeuticAreas: [],
  languages: ["en"],
  capacity: 3,
  activeLoad: 0,
  ...overrides,
});

const cellTherapyStartup = {
  needs: ["REGULATORY", "MANUFACTURING", "FUNDRAISING"] as const,
  focusAreas: ["CELL_GENE_THERAPY", "ONCOLOGY"] as const,
  languages: ["yue"],
};

describe("scoreMentor", () => {
  it("explains the fit in words", () => {
    const suggestion = scoreMentor(
      cellTherapyStartup,
      mentor({
        name: "Dr Winnie Lam",
        expertise: ["MANUFACTURING", "SCALE_UP", "REGULATORY"],
        therapeuticAreas: ["CELL_GENE_THERAPY"],
        languages: ["en", "yue"],
        capacity: 3,
        activeLoad: 1,
      }),
    );
    expect(suggestion.reasons).toEqual([
      "Regulatory + Manufacturing expertise matches 2 of 3 needs",
      "Works in Cell & gene therapy",
      "Speaks Cantonese",
      "1 of 3 places used",
    ]);
    expect(suggestion.matchedNeeds).toEqual(["REGULATORY", "MANUFACTURING"]);
    expect(suggestion.freePlaces).toBe(2);
    // 50 × 2/3 + 25 × 1/2 + 15 + 10 × 2/3 = 33.3 + 12.5 + 15 + 6.7
    expect(suggestion.score).toBe(68);
  });

  it("scores a perfect, idle mentor 100 and a mentor with nothing in common only for free places", () => {
    const perfect = scoreMentor(
      cellTherapyStartup,
      mentor({
        name: "Perfect",
        expertise: ["REGULATORY", "MANUFACTURING", "FUNDRAISING"],
        therapeuticAreas: ["CELL_GENE_THERAPY", "ONCOLOGY"],
        languages: ["yue"],
      }),
    );
    expect(perfect.score).toBe(100);
    const stranger = scoreMentor(
      cellTherapyStartup,
      mentor({ name: "Stranger", expertise: ["IP"], therapeuticAreas: ["DIAGNOSTICS"] }),
    );
    expect(stranger.score).toBe(10);
    expect(stranger.reasons).toEqual([
      "Expertise matches none of the 3 needs",
      "No experience listed in Cell & gene therapy and Oncology",
      "Shares no working language with the team",
      "0 of 3 places used",
    ]);
  });

  it("says when the start-up has no recorded needs, and leaves language out when none is known", () => {
    const suggestion = scoreMentor(
      { needs: [], focusAreas: [], languages: [] },
      mentor({ name: "Anyone", expertise: ["IP"], capacity: 1, activeLoad: 0 }),
    );
    expect(suggestion.reasons).toEqual([
      "No support needs recorded for this start-up yet",
      "0 of 1 place used",
    ]);
    expect(suggestion.score).toBe(10);
  });

  it("marks a mentor at or over capacity as full", () => {
    const full = scoreMentor(
      cellTherapyStartup,
      mentor({ name: "Busy", capacity: 2, activeLoad: 3 }),
    );
    expect(full.isFull).toBe(true);
    expect(full.freePlaces).toBe(0);
    expect(full.reasons.at(-1)).toBe("Full: 3 of 2 places used");
    const noCapacity = scoreMentor(cellTherapyStartup, mentor({ name: "Resting", capacity: 0 }));
    expect(noCapacity.isFull).toBe(true);
  });

  it("counts a need listed twice once", () => {
    const suggestion = scoreMentor(
      { needs: ["IP", "IP"], focusAreas: [], languages: [] },
      mentor({ name: "Patents", expertise: ["IP"] }),
    );
    expect(suggestion.reasons[0]).toBe("IP expertise matches 1 of 1 need");
  });
});

describe("rankMentors", () => {
  it("puts the best fit with a free place first and full mentors last", () => {
    const ranked = rankMentors(cellTherapyStartup, [
      mentor({ name: "Generalist", expertise: ["FUNDRAISING"], languages: ["en"] }),
      mentor({
        name: "Full expert",
        expertise: ["REGULATORY", "MANUFACTURING", "FUNDRAISING"],
        therapeuticAreas: ["CELL_GENE_THERAPY", "ONCOLOGY"],
        languages: ["yue"],
        capacity: 2,
        activeLoad: 2,
      }),
      mentor({
        name: "CMC lead",
        expertise: ["MANUFACTURING", "REGULATORY"],
        therapeuticAreas: ["CELL_GENE_THERAPY"],
        languages: ["yue", "en"],
        activeLoad: 1,
      }),
    ]);
    expect(ranked.map((suggestion) => suggestion.mentor.name)).toEqual([
      "CMC lead",
      "Generalist",
      "Full expert",
    ]);
  });

  it("breaks ties by free places, then by name", () => {
    const ranked = rankMentors({ needs: [], focusAreas: [], languages: [] }, [
      mentor({ name: "Zoe", capacity: 4, activeLoad: 2 }),
      mentor({ name: "Amy", capacity: 2, activeLoad: 1 }),
      mentor({ name: "Ben", capacity: 4, activeLoad: 0 }),
      mentor({ name: "Cat", capacity: 2, activeLoad: 0 }),
    ]);
    // Amy and Zoe both have half their places free (score 5): Zoe has more of them.
    expect(ranked.map((suggestion) => suggestion.mentor.name)).toEqual([
      "Ben",
      "Cat",
      "Zoe",
      "Amy",
    ]);
  });

  it("returns nothing for an empty pool", () => {
    expect(rankMentors(cellTherapyStartup, [])).toEqual([]);
  });
});

describe("languageLabel", () => {
  it("names the common tags and shows unknown ones as they are", () => {
    expect(languageLabel("yue")).toBe("Cantonese");
    expect(languageLabel("cmn")).toBe("Mandarin");
    expect(languageLabel("tl")).toBe("tl");
  });
});
