import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { createProgramme } from "@/lib/actions/programmes/create-programme";
import { updateProgramme } from "@/lib/actions/programmes/update-programme";
import type { CreateProgrammeInput } from "@/lib/schemas/programmes";
import { createIncuBioFundingBuckets, createProgrammePartner } from "../../factories/programmes";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { buildSetupWorld } from "./setup-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

function coIncubationInput(organisation: string, partnerIds: string[]): CreateProgrammeInput {
  return {
    organisation,
    name: "AstraZeneca Co-incubation Programme",
    nameZh: "阿斯利康共同培育計劃",
    kind: "CO_INCUBATION",
    status: "ACTIVE",
    focusAreas: ["ONCOLOGY", "IMMUNOLOGY"],
    benefits: ["MENTORING", "BUSINESS_MATCHING"],
    description: "Co-incubation with AstraZeneca's Hong Kong team.",
    fundingCap: "6,000,000",
    durationMonths: 24,
    fundingBuckets: [
      {
        code: "SUBSIDY",
        name: "Financial subsidy",
        cap: "640,000",
        evidenceRule: "NONE",
        requiresPreApproval: false,
        gatingMilestoneCategory: "",
      },
      {
        code: "REGULATORY",
        name: "Regulatory-affairs funding",
        cap: "2,000,000",
        evidenceRule: "PAYMENT_PROOF",
        requiresPreApproval: true,
        gatingMilestoneCategory: "REGULATORY",
      },
    ],
    partnerIds,
  };
}

const programmeRows = (organisationId: string) =>
  testDb().programme.findMany({
    where: { organisationId },
    orderBy: { createdAt: "asc" },
    include: {
      fundingBuckets: { orderBy: { position: "asc" } },
      partners: { orderBy: { createdAt: "asc" } },
    },
  });

describe("createProgramme", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("creates a co-incubation programme with exact caps, buckets and partners, and audits it", async () => {
    const world = await buildSetupWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await createProgramme(
      coIncubationInput(world.hkstp.slug, [world.astrazeneca.id]),
    );
    expect(result.serverError).toBeUndefined();
    expect(result.validationErrors).toBeUndefined();
    const created = await testDb().programme.findUniqueOrThrow({
      where: { id: result.data!.programmeId },
      include: { fundingBuckets: { orderBy: { position: "asc" } }, partners: true },
    });
    expect(created).toMatchObject({
      organisationId: world.hkstp.id,
      slug: "astrazeneca-co-incubation-programme",
      kind: "CO_INCUBATION",
      fundingCapCents: 600_000_000n,
      durationMonths: 24,
      focusAreas: ["ONCOLOGY", "IMMUNOLOGY"],
    });
    expect(
      created.fundingBuckets.map((bucket) => [
        bucket.code,
        bucket.capCents,
        bucket.evidenceRule,
        bucket.requiresPreApproval,
        bucket.gatingMilestoneCategory,
        bucket.organisationId,
      ]),
    ).toEqual([
      ["SUBSIDY", 64_000_000n, "NONE", false, null, world.hkstp.id],
      ["REGULATORY", 200_000_000n, "PAYMENT_PROOF", true, "REGULATORY", world.hkstp.id],
    ]);
    expect(created.partners.map((link) => [link.partnerId, link.organisationId])).toEqual([
      [world.astrazeneca.id, world.hkstp.id],
    ]);
    const [event] = await auditEventsOf("programme.create", world.officer.user.id);
    expect(event).toMatchObject({ organisationId: world.hkstp.id, targetId: created.id });
    expect((event!.after as { fundingCap: string }).fundingCap).toBe("600000000");
  });

  it("gives a second programme with the same name its own slug (operator admin too)", async () => {
    const world = await buildSetupWorld();
    auth.user = await sessionUserFor(world.admin.user.id);
    const first = await createProgramme(coIncubationInput(world.hkstp.slug, []));
    const second = await createProgramme(coIncubationInput(world.hkstp.slug, []));
    const slugs = await testDb().programme.findMany({
      where: { id: { in: [first.data!.programmeId, second.data!.programmeId] } },
      select: { slug: true },
      orderBy: { createdAt: "asc" },
    });
    expect(slugs.map((row) => row.slug)).toEqual([
      "astrazeneca-co-incubation-programme",
      "astrazeneca-co-incubation-programme-2",
    ]);
  });

  it("refuses bucket caps above the programme cap and a start-up named as partner, saving nothing", async () => {
    const world = await buildSetupWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const before = await programmeRows(world.hkstp.id);

    const tooMuch = await createProgramme({
      ...coIncubationInput(world.hkstp.slug, []),
      fundingCap: "2,000,000",
    });
    expect(tooMuch.validationErrors).toBeDefined();

    const notAPartner = await createProgramme(
      coIncubationInput(world.hkstp.slug, [world.startup.id]),
    );
    expect(notAPartner.serverError).toMatchObject({
      code: "INVALID",
      message: "Choose the partners from the list of partner organisations.",
    });
    expect(await programmeRows(world.hkstp.id)).toEqual(before);
  });

  it("refuses a mentor (FORBIDDEN) and a non-member (NOT_FOUND) without creating anything", async () => {
    const world = await buildSetupWorld();
    const before = await programmeRows(world.hkstp.id);
    auth.user = await sessionUserFor(world.mentor.user.id);
    expect(
      (await createProgramme(coIncubationInput(world.hkstp.slug, []))).serverError,
    ).toMatchObject({
      code: "FORBIDDEN",
    });
    auth.user = await sessionUserFor(world.foreignOfficer.user.id);
    expect(
      (await createProgramme(coIncubationInput(world.hkstp.slug, []))).serverError,
    ).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await programmeRows(world.hkstp.id)).toEqual(before);
  });
});

describe("updateProgramme", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("keeps, edits, removes and adds buckets and partners; a code may move to another bucket", async () => {
    const world = await buildSetupWorld();
    const db = testDb();
    await db.programme.update({
      where: { id: world.programme.id },
      data: { kind: "CO_INCUBATION" },
    });
    const [subsidy, upfront, regulatory] = await createIncuBioFundingBuckets(db, world.programme);
    await createProgrammePartner(db, {
      programmeId: world.programme.id,
      organisationId: world.hkstp.id,
      partnerId: world.astrazeneca.id,
    });
    auth.user = await sessionUserFor(world.officer.user.id);

    const result = await updateProgramme({
      ...coIncubationInput(world.hkstp.slug, [world.boehringer.id]),
      programmeId: world.programme.id,
      name: "Incu-Bio Programme (2027 rules)",
      fundingCap: "6,500,000",
      fundingBuckets: [
        // The old upfront bucket takes over the SUBSIDY code; subsidy itself is removed.
        {
          id: upfront!.id,
          code: "SUBSIDY",
          name: "Upfront grant, renamed",
          cap: "3,360,000",
          evidenceRule: "PAYMENT_PROOF",
          requiresPreApproval: true,
          gatingMilestoneCategory: null,
        },
        {
          id: regulatory!.id,
          code: "REGULATORY",
          name: "Regulatory-affairs funding",
          cap: "2,000,000",
          evidenceRule: "PAYMENT_PROOF",
          requiresPreApproval: true,
          gatingMilestoneCategory: "REGULATORY",
        },
        {
          code: "GMP",
          name: "GMP manufacturing",
          cap: "1,139,999.50",
          evidenceRule: "PAYMENT_PROOF",
          requiresPreApproval: false,
          gatingMilestoneCategory: "MANUFACTURING_GMP",
        },
      ],
    });
    expect(result.serverError).toBeUndefined();
    expect(result.validationErrors).toBeUndefined();

    const [programme] = (await programmeRows(world.hkstp.id)).filter(
      (row) => row.id === world.programme.id,
    );
    expect(programme).toMatchObject({
      name: "Incu-Bio Programme (2027 rules)",
      fundingCapCents: 650_000_000n,
    });
    expect(
      programme!.fundingBuckets.map((bucket) => [
        bucket.id,
        bucket.code,
        bucket.name,
        bucket.capCents,
      ]),
    ).toEqual([
      [upfront!.id, "SUBSIDY", "Upfront grant, renamed", 336_000_000n],
      [regulatory!.id, "REGULATORY", "Regulatory-affairs funding", 200_000_000n],
      [expect.any(String), "GMP", "GMP manufacturing", 113_999_950n],
    ]);
    expect(await db.programmeFundingBucket.findUnique({ where: { id: subsidy!.id } })).toBeNull();
    expect(programme!.partners.map((link) => link.partnerId)).toEqual([world.boehringer.id]);
    const [event] = await auditEventsOf("programme.update", world.officer.user.id);
    expect((event!.before as { partnerIds: string[] }).partnerIds).toEqual([world.astrazeneca.id]);
  });

  it("refuses another tenant's programme and a bucket id from another programme, changing nothing", async () => {
    const world = await buildSetupWorld();
    const db = testDb();
    const [foreignBucket] = await createIncuBioFundingBuckets(db, world.foreignProgramme);
    auth.user = await sessionUserFor(world.officer.user.id);
    const hkstpBefore = await programmeRows(world.hkstp.id);
    const cuhkBefore = await programmeRows(world.cuhk.id);

    const foreign = await updateProgramme({
      ...coIncubationInput(world.hkstp.slug, []),
      programmeId: world.foreignProgramme.id,
    });
    expect(foreign.serverError).toMatchObject({ code: "NOT_FOUND" });

    const smuggled = await updateProgramme({
      ...coIncubationInput(world.hkstp.slug, []),
      programmeId: world.programme.id,
      fundingBuckets: [
        {
          id: foreignBucket!.id,
          code: "SUBSIDY",
          name: "Stolen",
          cap: "1",
          evidenceRule: "NONE",
          requiresPreApproval: false,
          gatingMilestoneCategory: null,
        },
      ],
    });
    expect(smuggled.serverError).toMatchObject({ code: "NOT_FOUND" });

    // The other tenant's officer naming HKSTP's programme from their own organisation.
    auth.user = await sessionUserFor(world.foreignOfficer.user.id);
    const fromOutside = await updateProgramme({
      ...coIncubationInput(world.cuhk.slug, []),
      programmeId: world.programme.id,
    });
    expect(fromOutside.serverError).toMatchObject({ code: "NOT_FOUND" });

    expect(await programmeRows(world.hkstp.id)).toEqual(hkstpBefore);
    expect(await programmeRows(world.cuhk.id)).toEqual(cuhkBefore);
  });
});
