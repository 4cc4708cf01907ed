import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { grantConsent } from "@/lib/actions/consent/grant-consent";
import { withdrawConsent } from "@/lib/actions/consent/withdraw-consent";
import { getSharingSettings } from "@/lib/data/consent/get-sharing-settings";
import { getPartnerStartup } from "@/lib/data/partner/get-partner-startup";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createDocumentView } from "../../factories/consents";
import { createProgramme } from "../../factories/programmes";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { buildPartnerWorld } from "./partner-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const signIn = async (userId: string) => {
  auth.user = await sessionUserFor(userId);
};
const consentsOf = (startupId: string) =>
  testDb().dataSharingConsent.findMany({
    where: { startupId },
    orderBy: { category: "asc" },
    select: {
      category: true,
      partnerId: true,
      organisationId: true,
      grantedById: true,
      withdrawnAt: true,
    },
  });

describe("data-sharing consent", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("grants a category to a partner, idempotently, in the operator's tenant", async () => {
    const world = await buildPartnerWorld();
    await signIn(world.founder.user.id);
    const input = {
      organisation: world.maOnShan.slug,
      programmeId: world.azProgramme.id,
      partnerId: world.az.id,
      category: "MILESTONES" as const,
    };
    const first = await grantConsent(input);
    expect(first.data).toEqual({ category: "MILESTONES", isShared: true, changed: true });
    const second = await grantConsent(input);
    expect(second.data).toEqual({ category: "MILESTONES", isShared: true, changed: false });
    expect(await consentsOf(world.maOnShan.id)).toEqual([
      {
        category: "MILESTONES",
        partnerId: world.az.id,
        organisationId: world.hkstp.id,
        grantedById: world.founder.user.id,
        withdrawnAt: null,
      },
    ]);
    expect(await auditEventsOf("consent.grant", world.founder.user.id)).toHaveLength(1);
  });

  it("withdraws at once: the partner's very next read shows nothing; granting again starts anew", async () => {
    const world = await buildPartnerWorld();
    await signIn(world.founder.user.id);
    const input = {
      organisation: world.maOnShan.slug,
      programmeId: world.azProgramme.id,
      partnerId: world.az.id,
      category: "MILESTONES" as const,
    };
    await grantConsent(input);
    const partnerView = () =>
      runWithTenant(world.azTenant, () => getPartnerStartup(world.az.id, world.maOnShan.id));
    expect((await partnerView())?.programmes[0]?.milestones?.rows).toHaveLength(1);

    const withdrawn = await withdrawConsent(input);
    expect(withdrawn.data).toEqual({ category: "MILESTONES", isShared: false, changed: true });
    expect((await partnerView())?.programmes[0]?.milestones).toBeNull();
    expect((await withdrawConsent(input)).data?.changed).toBe(false);
    expect(await auditEventsOf("consent.withdraw", world.founder.user.id)).toHaveLength(1);

    const again = await grantConsent(input);
    expect(again.data?.changed).toBe(true);
    expect((await consentsOf(world.maOnShan.id))[0]?.withdrawnAt).toBeNull();
    expect((await partnerView())?.programmes[0]?.milestones?.rows).toHaveLength(1);
  });

  it("refuses a partner not linked to the programme, and a programme that is not the start-up's", async () => {
    const world = await buildPartnerWorld();
    await signIn(world.founder.user.id);
    const unlinked = await grantConsent({
      organisation: world.maOnShan.slug,
      programmeId: world.azProgramme.id,
      partnerId: world.bi.id,
      category: "DOCUMENTS",
    });
    expect(unlinked.serverError).toMatchObject({ code: "NOT_FOUND" });
    const notTheirs = await grantConsent({
      organisation: world.maOnShan.slug,
      programmeId: world.biProgramme.id,
      partnerId: world.bi.id,
      category: "DOCUMENTS",
    });
    expect(notTheirs.serverError).toMatchObject({ code: "NOT_FOUND" });
    const elsewhere = await createProgramme(testDb(), { kind: "CO_INCUBATION" });
    const otherOperator = await grantConsent({
      organisation: world.maOnShan.slug,
      programmeId: elsewhere.id,
      partnerId: world.az.id,
      category: "DOCUMENTS",
    });
    expect(otherOperator.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await consentsOf(world.maOnShan.id)).toEqual([]);
  });

  it("cannot be given or withdrawn for another start-up, nor by a partner or an officer", async () => {
    const world = await buildPartnerWorld();
    await world.share("MILESTONES");
    const target = {
      programmeId: world.azProgramme.id,
      partnerId: world.az.id,
      category: "MILESTONES" as const,
    };
    await signIn(world.saiKungFounder.user.id);
    // Sai Kung withdrawing "its" consent in Ma On Shan's programme: not its programme.
    const byOther = await withdrawConsent({ organisation: world.saiKung.slug, ...target });
    expect(byOther.serverError).toMatchObject({ code: "NOT_FOUND" });
    await signIn(world.azMember.user.id);
    const byPartner = await grantConsent({
      organisation: world.az.slug,
      ...target,
      category: "DOCUMENTS",
    });
    expect(byPartner.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect((await consentsOf(world.maOnShan.id)).map((c) => [c.category, c.withdrawnAt])).toEqual([
      ["MILESTONES", null],
    ]);
  });

  it("shows the start-up every partner category and who opened its documents", async () => {
    const world = await buildPartnerWorld();
    await world.share("DOCUMENTS");
    const viewedAt = new Date("2026-11-22T06:05:00Z");
    await createDocumentView(testDb(), {
      attachmentId: world.pitchDeck.id,
      partnerId: world.az.id,
      viewerId: world.azMember.user.id,
      viewedAt,
    });
    const settings = await runWithTenant(
      { userId: world.founder.user.id, organisationId: world.maOnShan.id },
      () => getSharingSettings(world.maOnShan.id),
    );
    expect(settings.programmes.map((p) => p.id)).toEqual([world.azProgramme.id]);
    const partner = settings.programmes[0]?.partners[0];
    expect(partner?.id).toBe(world.az.id);
    expect(partner?.categories.map((c) => [c.category, c.isShared])).toEqual([
      ["MILESTONES", false],
      ["COACHING_SUMMARIES", false],
      ["DOCUMENTS", true],
    ]);
    expect(settings.views).toEqual([
      {
        id: expect.any(String),
        viewedAt,
        partnerName: world.az.name,
        partnerNameZh: world.az.nameZh,
        viewerName: world.azMember.user.name,
        fileName: "pitch-deck.pdf",
        attachmentId: world.pitchDeck.id,
      },
    ]);
    // Another start-up sees none of it.
    const others = await runWithTenant(
      { userId: world.saiKungFounder.user.id, organisationId: world.saiKung.id },
      () => getSharingSettings(world.saiKung.id),
    );
    expect(others.views).toEqual([]);
    expect(others.programmes.map((p) => p.id)).toEqual([world.biProgramme.id]);
  });
});
