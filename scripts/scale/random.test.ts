import { describe, expect, it } from "vitest";
import { IdMaker } from "./ids";
import { Random, spread } from "./random";

describe("the scale data's generator", () => {
  it("draws the same numbers from the same seed, and others from another", () => {
    const draw = (seed: number) => {
      const random = new Random(seed);
      return Array.from({ length: 5 }, () => random.int(1, 1_000_000));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("keeps int() within its bounds and sample() free of repeats", () => {
    const random = new Random(7);
    for (let index = 0; index < 1_000; index++) {
      const value = random.int(3, 5);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(5);
    }
    const sample = random.sample(["a", "b", "c", "d"], 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample(["a"], 3)).toEqual(["a"]);
  });

  it("draws weighted keys in proportion, never a zero-weight one", () => {
    const random = new Random(1);
    const counts = { A: 0, B: 0, C: 0 };
    for (let index = 0; index < 10_000; index++) counts[random.weighted({ A: 3, B: 1, C: 0 })]++;
    expect(counts.C).toBe(0);
    expect(counts.A / counts.B).toBeGreaterThan(2.5);
    expect(counts.A / counts.B).toBeLessThan(3.5);
  });

  it("spreads a total over parts exactly", () => {
    expect(spread(10, 3)).toEqual([4, 3, 3]);
    expect(spread(2, 4)).toEqual([1, 1, 0, 0]);
    expect(spread(5, 0)).toEqual([]);
  });

  it("makes cuid-shaped ids, unique per table code and the same on every run", () => {
    const ids = new IdMaker();
    const first = ids.next("ap");
    expect(first).toMatch(/^c[a-z0-9]{24}$/);
    expect(ids.next("ap")).not.toBe(first);
    expect(new IdMaker().next("ap")).toBe(first);
    expect(() => ids.next("A1")).toThrow();
  });
});
