import { describe, expect, it } from "vitest";
import {
  centsToAmountText,
  createProgrammeSchema,
  parseHkdAmountToCents,
  type CreateProgrammeInput,
} from "./programmes";

const incuBio: CreateProgrammeInput = {
  organisation: "hkstp",
  name: "Incu-Bio Programme",
  nameZh: "生物科技培育計劃",
  kind: "INCUBATION",
  status: "ACTIVE",
  focusAreas: ["ONCOLOGY"],
  benefits: ["MENTORING", "FUNDING"],
  description: "",
  fundingCap: "6,000,000",
  durationMonths: 48,
  fundingBuckets: [
    {
      code: "subsidy",
      name: "Financial subsidy",
      cap: "640,000",
      evidenceRule: "NONE",
      requiresPreApproval: false,
      gatingMilestoneCategory: "",
    },
    {
      code: "UPFRONT",
      name: "Upfront grant",
      cap: "3,360,000",
      evidenceRule: "PAYMENT_PROOF",
      requiresPreApproval: true,
      gatingMilestoneCategory: null,
    },
    {
      code: "REGULATORY",
      name: "Regulatory-affairs funding",
      cap: "HK$2,000,000.00",
      evidenceRule: "PAYMENT_PROOF",
      requiresPreApproval: true,
      gatingMilestoneCategory: "REGULATORY",
    },
  ],
  partnerIds: [],
};

describe("HKD amounts", () => {
  it("parses typed dollars into exact BigInt cents", () => {
    expect(parseHkdAmountToCents("6,000,000")).toBe(600_000_000n);
    expect(parseHkdAmountToCents("HK$ 640,000.5")).toBe(64_000_050n);
    expect(parseHkdAmountToCents("9007199254740.99")).toBe(900_719_925_474_099n);
    expect(parseHkdAmountToCents("1.234")).toBeNull();
    expect(parseHkdAmountToCents("-5")).toBeNull();
    expect(centsToAmountText(600_000_000n)).toBe("6,000,000");
    expect(centsToAmountText("64000050")).toBe("640,000.50");
    expect(parseHkdAmountToCents(centsToAmountText(123_456_789_01n))).toBe(123_456_789_01n);
  });
});

describe("createProgrammeSchema", () => {
  it("accepts Incu-Bio's published split of HK$6M, upper-casing codes", () => {
    const parsed = createProgrammeSchema.parse(incuBio);
    expect(parsed.fundingCap).toBe(600_000_000n);
    expect(parsed.fundingBuckets.map((bucket) => [bucket.code, bucket.cap])).toEqual([
      ["SUBSIDY", 64_000_000n],
      ["UPFRONT", 336_000_000n],
      ["REGULATORY", 200_000_000n],
    ]);
    expect(parsed.fundingBuckets[0]?.gatingMilestoneCategory).toBeNull();
  });

  it("refuses bucket caps adding up to more than the programme cap, by one cent", () => {
    const result = createProgrammeSchema.safeParse({ ...incuBio, fundingCap: "5,999,999.99" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "The bucket caps add up to more than the funding cap per start-up",
    ]);
  });

  it("refuses repeated bucket codes and partners on a programme that is not co-incubation", () => {
    const buckets = [
      incuBio.fundingBuckets[0]!,
      { ...incuBio.fundingBuckets[1]!, code: "SUBSIDY" },
    ];
    const result = createProgrammeSchema.safeParse({
      ...incuBio,
      fundingBuckets: buckets,
      partnerIds: ["partner-1"],
    });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "Another bucket is already SUBSIDY",
      "Only co-incubation programmes have partners",
    ]);
  });
});
