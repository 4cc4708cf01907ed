// The partner's cohort page (paginated) and its CSV: identity for every start-up of the
// partner's programmes, milestone and coaching columns only where that start-up consents, now.
import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/[org]/partner-cohort/export/route";
import { listPartnerCohort } from "@/lib/data/partner/list-partner-cohort";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createEnrolment } from "../../factories/enrolments";
import { createMilestone } from "../../factories/milestones";
import { createStartup } from "../../factories/organisations";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { actAs, csvLines } from "../milestones/sessions";
import { buildPartnerWorld } from "./partner-world";

vi.mock("@/lib/auth/session", async () => ({
  getCurrentUser: async () => (await import("../milestones/sessions")).currentSession(),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));

type World = Awaited<ReturnType<typeof buildPartnerWorld>>;

function exportAs(userId: string | null, org: string, query = "") {
  return actAs(userId, () =>
    GET(new Request(`http://localhost/api/${org}/partner-cohort/export${query}`), {
      params: Promise.resolve({ org }),
    }),
  );
}

/** Every string the partner must never read unless it was shared (and some never at all). */
const SECRETS = {
  milestoneTitle: "Pre-IND meeting held",
  evidenceNote: "second tox species",
  privateNote: "stretched thin",
  sharedNote: "Tech-transfer plan",
};

async function rowOf(world: World, userId = world.azMember.user.id, org = world.az.slug) {
  const response = await exportAs(userId, org);
  expect(response.status).toBe(200);
  const lines = await csvLines(response);
  const header = lines[0]!.split(",");
  const line = lines.find((l) => l.startsWith(world.maOnShan.name));
  const cells = line?.split(",") ?? [];
  return {
    lines,
    text: lines.join("\n"),
    cell: (name: string) => cells[header.indexOf(name)],
  };
}

describe("GET /api/[org]/partner-cohort/export", () => {
  it("leaves milestone and coaching columns empty until the start-up shares them with this partner", async () => {
    const world = await buildPartnerWorld();
    const before = await rowOf(world);
    expect(before.lines[0]).toBe(
      "Start-up,Start-up (Chinese),Programme,Operator,Enrolment status,Enrolled since,Shared with you,Milestones,Achieved,Overdue,Due in 14 days,Next milestone,Next due,Coaching summaries",
    );
    expect(before.lines).toHaveLength(2); // AstraZeneca's cohort only: not Sai Kung
    for (const column of [
      "Shared with you",
      "Milestones",
      "Achieved",
      "Next milestone",
      "Coaching summaries",
    ]) {
      expect(before.cell(column), column).toBe("");
    }
    for (const secret of Object.values(SECRETS)) expect(before.text).not.toContain(secret);

    // Shared with the other partner, or for another category: still nothing for AstraZeneca.
    await world.share("MILESTONES", world.bi.id);
    await world.share("DOCUMENTS");
    const others = await rowOf(world);
    expect(others.cell("Shared with you")).toBe("DOCUMENTS");
    expect(others.cell("Milestones")).toBe("");
    expect(others.text).not.toContain(SECRETS.milestoneTitle);

    const milestones = await world.share("MILESTONES");
    const shared = await rowOf(world);
    expect(shared.cell("Shared with you")).toBe("MILESTONES DOCUMENTS");
    expect(shared.cell("Milestones")).toBe("1");
    expect(shared.cell("Achieved")).toBe("0");
    expect(shared.cell("Next milestone")).toBe(SECRETS.milestoneTitle);
    expect(shared.cell("Coaching summaries")).toBe("");
    for (const secret of [SECRETS.evidenceNote, SECRETS.privateNote, SECRETS.sharedNote]) {
      expect(shared.text).not.toContain(secret);
    }

    await world.share("COACHING_SUMMARIES");
    const coaching = await rowOf(world);
    expect(coaching.cell("Coaching summaries")).toBe("1");
    expect(coaching.text).not.toContain(SECRETS.sharedNote); // a count, never the notes
    expect(coaching.text).not.toContain(SECRETS.privateNote);

    await testDb().dataSharingConsent.update({
      where: { id: milestones.id },
      data: { withdrawnAt: new Date() },
    });
    const withdrawn = await rowOf(world);
    expect(withdrawn.cell("Milestones")).toBe("");
    expect(withdrawn.cell("Next milestone")).toBe("");
    expect(withdrawn.text).not.toContain(SECRETS.milestoneTitle);
  });

  it("gives each partner its own cohort and everyone else a 404", async () => {
    const world = await buildPartnerWorld();
    await world.share("MILESTONES");
    const bi = await rowOf(world, world.biMember.user.id, world.bi.slug);
    expect(bi.lines.slice(1).map((line) => line.split(",")[0])).toEqual([world.saiKung.name]);
    expect(bi.text).not.toContain(world.maOnShan.name);

    const officer = await createMember(testDb(), {
      organisationId: world.hkstp.id,
      role: "PROGRAMME_OFFICER",
    });
    for (const [userId, org] of [
      [null, world.az.slug],
      [world.biMember.user.id, world.az.slug],
      [world.founder.user.id, world.maOnShan.slug],
      [officer.user.id, world.hkstp.slug],
    ] as const) {
      const response = await exportAs(userId, org);
      expect(response.status, `${userId} on ${org}`).toBe(404);
    }
    expect(
      await testDb().auditEvent.count({
        where: {
          action: "partner-cohort.export",
          organisationId: { in: [world.az.id, world.bi.id] },
        },
      }),
    ).toBe(1);
  });
});

describe("the partner's cohort page", () => {
  it("pages by start-up name then id, with ties, and filters by programme, status and name", async () => {
    const world = await buildPartnerWorld();
    for (let index = 0; index < 3; index += 1) {
      const startup = await createStartup(testDb(), {
        name: "Lantau Tied Bio",
        nameZh: "大嶼山同名",
      });
      const enrolment = await createEnrolment(testDb(), {
        organisationId: world.hkstp.id,
        programmeId: world.azProgramme.id,
        startupId: startup.id,
        status: index === 0 ? "GRADUATED" : "ACTIVE",
      });
      await createMilestone(testDb(), {
        organisationId: world.hkstp.id,
        enrolmentId: enrolment.id,
      });
    }
    const read = (filters = {}, cursor?: string) =>
      runWithTenant(world.azTenant, () =>
        listPartnerCohort(world.az.id, filters, cursor, new Date(), 2),
      );
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await read({}, cursor);
      expect(page.total).toBe(4);
      // Nothing is shared by the new start-ups: no milestone data however many they have.
      expect(page.items.every((item) => item.milestones === null)).toBe(true);
      seen.push(...page.items.map((item) => item.enrolmentId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const expected = await testDb().enrolment.findMany({
      where: { programmeId: world.azProgramme.id },
      orderBy: [{ startup: { name: "asc" } }, { id: "asc" }],
      select: { id: true },
    });
    expect(seen).toEqual(expected.map((row) => row.id));

    expect((await read({ search: "大嶼山" })).total).toBe(3);
    expect((await read({ status: "GRADUATED" })).total).toBe(1);
    expect((await read({ programmeId: world.biProgramme.id })).total).toBe(0);
  });
});
