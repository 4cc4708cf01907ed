// The start-up's log of partner views of its documents grows with every open: it is read a
// page at a time (viewedAt, then id), never whole.
import { describe, expect, it } from "vitest";
import { getSharingSettings } from "@/lib/data/consent/get-sharing-settings";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createDocumentView } from "../../factories/consents";
import { testDb } from "../../setup/test-database";
import { buildPartnerWorld } from "./partner-world";

describe("the start-up's document view log", () => {
  it("pages newest first without skipping or repeating views at the same moment", async () => {
    const world = await buildPartnerWorld();
    await world.share("DOCUMENTS");
    const same = new Date("2026-11-20T02:00:00Z");
    for (const viewedAt of [
      same,
      same,
      same,
      new Date("2026-11-21T02:00:00Z"),
      new Date("2026-11-19T02:00:00Z"),
    ]) {
      await createDocumentView(testDb(), {
        attachmentId: world.pitchDeck.id,
        partnerId: world.az.id,
        viewerId: world.azMember.user.id,
        viewedAt,
      });
    }
    // Another start-up's views never appear in the log.
    await createDocumentView(testDb(), { partnerId: world.bi.id });
    const read = (cursor?: string) =>
      runWithTenant({ userId: world.founder.user.id, organisationId: world.maOnShan.id }, () =>
        getSharingSettings(world.maOnShan.id, cursor, 2),
      );
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await read(cursor);
      expect(page.views.length).toBeLessThanOrEqual(2);
      seen.push(...page.views.map((view) => view.id));
      cursor = page.viewsNextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    const expected = await testDb().documentView.findMany({
      where: { attachmentId: world.pitchDeck.id },
      orderBy: [{ viewedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(pages).toBe(3);
    expect(seen).toEqual(expected.map((view) => view.id));
  });
});
