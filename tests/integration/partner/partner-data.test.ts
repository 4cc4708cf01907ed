// The partner's pages read through listPartnerCohort and getPartnerStartup: the same limits as
// row-level security, through the app's own queries.
import { describe, expect, it } from "vitest";
import { getPartnerStartup } from "@/lib/data/partner/get-partner-startup";
import { listPartnerCohort } from "@/lib/data/partner/list-partner-cohort";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { testDb } from "../../setup/test-database";
import { buildPartnerWorld } from "./partner-world";

type World = Awaited<ReturnType<typeof buildPartnerWorld>>;
const asAz = <T>(world: World, read: () => Promise<T>) => runWithTenant(world.azTenant, read);

describe("the partner's cohort pages", () => {
  it("lists the partner's own programmes, and milestones only where shared", async () => {
    const world = await buildPartnerWorld();
    const before = await asAz(world, () => listPartnerCohort(world.az.id));
    expect(before.programmes.map((programme) => programme.id)).toEqual([world.azProgramme.id]);
    expect(before.items).toEqual([
      expect.objectContaining({ startupId: world.maOnShan.id, shared: [], milestones: null }),
    ]);

    await world.share("MILESTONES");
    const after = await asAz(world, () => listPartnerCohort(world.az.id));
    const entry = after.items[0];
    expect(entry?.shared).toEqual(["MILESTONES"]);
    expect(entry?.milestones?.summary).toMatchObject({ total: 1, achieved: 0 });
    expect(entry?.milestones?.next?.title).toBe("Pre-IND meeting held");
  });

  it("shows a start-up only its shared categories: no coaching or documents until shared", async () => {
    const world = await buildPartnerWorld();
    await world.share("MILESTONES");
    const page = await asAz(world, () => getPartnerStartup(world.az.id, world.maOnShan.id));
    const programme = page?.programmes[0];
    expect(programme?.shared.map((s) => s.category)).toEqual(["MILESTONES"]);
    expect(programme?.milestones?.rows.map((m) => m.id)).toEqual([world.milestone.id]);
    expect(programme?.coaching).toBeNull();
    expect(programme?.documents).toBeNull();
  });

  it("shares coaching summaries as the shared notes only, never the private note", async () => {
    const world = await buildPartnerWorld();
    await world.share("COACHING_SUMMARIES");
    const page = await asAz(world, () => getPartnerStartup(world.az.id, world.maOnShan.id));
    const coaching = page?.programmes[0]?.coaching;
    expect(coaching).toHaveLength(1);
    expect(coaching?.[0]?.sharedNotes).toBe("Tech-transfer plan for MOS-T1 into the GMP suite.");
    const serialised = JSON.stringify(page);
    expect(serialised).not.toContain("stretched thin");
    expect(serialised).not.toContain("privateNote");
    expect(serialised).not.toContain("second tox species");
    expect(page?.programmes[0]?.milestones).toBeNull();
  });

  it("lists shared documents with what they belong to", async () => {
    const world = await buildPartnerWorld();
    await world.share("DOCUMENTS");
    const page = await asAz(world, () => getPartnerStartup(world.az.id, world.maOnShan.id));
    expect(
      page?.programmes[0]?.documents?.map((d) => [d.fileName, d.source, d.sourceTitle]).sort(),
    ).toEqual([
      ["fda-minutes.pdf", "MILESTONE_EVIDENCE", "Pre-IND meeting held"],
      ["pitch-deck.pdf", "APPLICATION", "MOS-T1 Phase I"],
    ]);
  });

  it("gives nothing of another partner's cohort: not the list, not the start-up's page", async () => {
    const world = await buildPartnerWorld();
    await world.share("MILESTONES");
    await world.share("DOCUMENTS");
    const asBi = <T>(read: () => Promise<T>) => runWithTenant(world.biTenant, read);
    const cohort = await asBi(() => listPartnerCohort(world.bi.id));
    expect(cohort.items.map((s) => s.startupId)).toEqual([world.saiKung.id]);
    expect(await asBi(() => getPartnerStartup(world.bi.id, world.maOnShan.id))).toBeNull();
    // Even naming the other partner's id, the database shows BI nothing of AstraZeneca's cohort.
    const named = await asBi(() => listPartnerCohort(world.az.id));
    expect(named.programmes).toEqual([]);
    expect(named.items).toEqual([]);
    expect(named.total).toBe(0);
    expect(await asBi(() => getPartnerStartup(world.az.id, world.maOnShan.id))).toBeNull();
  });

  it("stops showing a category the moment it is withdrawn", async () => {
    const world = await buildPartnerWorld();
    const consent = await world.share("MILESTONES");
    const shown = await asAz(world, () => getPartnerStartup(world.az.id, world.maOnShan.id));
    expect(shown?.programmes[0]?.milestones?.rows).toHaveLength(1);
    await testDb().dataSharingConsent.update({
      where: { id: consent.id },
      data: { withdrawnAt: new Date() },
    });
    const hidden = await asAz(world, () => getPartnerStartup(world.az.id, world.maOnShan.id));
    expect(hidden?.programmes[0]?.milestones).toBeNull();
    const cohort = await asAz(world, () => listPartnerCohort(world.az.id));
    expect(cohort.items[0]?.milestones).toBeNull();
  });
});
