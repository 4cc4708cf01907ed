import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/[org]/milestones/export/route";
import { createEnrolment } from "../../factories/enrolments";
import { createMilestone } from "../../factories/milestones";
import { createStartup } from "../../factories/organisations";
import { daysFrom, hongKongDay } from "../../factories/sequence";
import { testDb } from "../../setup/test-database";
import { buildMilestoneWorld } from "./milestone-world";
import { actAs, csvLines } from "./sessions";

vi.mock("@/lib/auth/session", async () => ({
  getCurrentUser: async () => (await import("./sessions")).currentSession(),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));

function exportAs(userId: string | null, org: string, query = "") {
  return actAs(userId, () =>
    GET(new Request(`http://localhost/api/${org}/milestones/export${query}`), {
      params: Promise.resolve({ org }),
    }),
  );
}

describe("GET /api/[org]/milestones/export", () => {
  it("gives the officer one row per milestone with the page's filters and overdue days", async () => {
    const world = await buildMilestoneWorld();
    const today = hongKongDay();
    await testDb().organisation.update({
      where: { id: world.startup.id },
      data: { name: "=Sai Kung Bio", nameZh: "西貢生物" },
    });
    await world.milestone("IN_PROGRESS", {
      title: "Pre-IND meeting held",
      category: "REGULATORY",
      dueOn: daysFrom(today, -4),
    });
    await world.milestone("PLANNED", {
      title: "Series A closed",
      category: "FUNDRAISING",
      dueOn: daysFrom(today, 20),
    });
    await world.milestone("ACHIEVED", {
      title: "GLP tox done",
      category: "PRECLINICAL",
      dueOn: daysFrom(today, -40),
    });
    const other = await createEnrolment(testDb(), {
      organisationId: world.hkstp.id,
      programmeId: world.programme.id,
      startupId: (await createStartup(testDb(), { name: "Tsuen Wan Devices" })).id,
    });
    await createMilestone(testDb(), {
      organisationId: world.hkstp.id,
      enrolmentId: other.id,
      title: "CE mark obtained",
      category: "REGULATORY",
      dueOn: daysFrom(today, 10),
    });
    await createMilestone(testDb(), {
      organisationId: world.cuhk.id,
      enrolmentId: world.cuhkEnrolment.id,
      title: "CUHK secret milestone",
    });

    const response = await exportAs(world.officer.user.id, world.hkstp.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /milestones-\d{4}-\d{2}-\d{2}\.csv/,
    );
    const lines = await csvLines(response);
    expect(lines[0]).toBe(
      "Start-up,Start-up (Chinese),Programme,Milestone,Category,Due,Status,Overdue days",
    );
    expect(lines).toHaveLength(5);
    const preInd = lines.find((line) => line.includes("Pre-IND meeting held"));
    expect(preInd).toMatch(/^'=Sai Kung Bio,西貢生物,/);
    expect(preInd).toMatch(
      new RegExp(`,REGULATORY,${daysFrom(today, -4).toISOString().slice(0, 10)},IN_PROGRESS,4$`),
    );
    expect(lines.find((line) => line.includes("GLP tox done"))).toMatch(/,ACHIEVED,$/);
    expect(lines.join("\n")).not.toContain("CUHK secret milestone");

    const regulatory = await csvLines(
      await exportAs(world.officer.user.id, world.hkstp.slug, "?category=REGULATORY"),
    );
    expect(
      regulatory
        .slice(1)
        .map((line) => line.split(",")[3])
        .sort(),
    ).toEqual(["CE mark obtained", "Pre-IND meeting held"]);
    const overdue = await csvLines(
      await exportAs(world.officer.user.id, world.hkstp.slug, "?overdue=1"),
    );
    expect(overdue).toHaveLength(2);
    expect(overdue[1]).toContain("Pre-IND meeting held");
    const searched = await csvLines(
      await exportAs(world.officer.user.id, world.hkstp.slug, "?q=tsuen"),
    );
    expect(searched.slice(1).map((line) => line.split(",")[3])).toEqual(["CE mark obtained"]);
    expect(
      await testDb().auditEvent.count({
        where: { action: "milestones.export", actorId: world.officer.user.id },
      }),
    ).toBe(4);
  });

  it("is a 404 with a denial event for everyone but the operator's officers", async () => {
    const world = await buildMilestoneWorld();
    await world.milestone("PLANNED", { title: "Hidden milestone" });
    const refused = [
      [null, world.hkstp.slug],
      [world.mentor.user.id, world.hkstp.slug],
      [world.admin.user.id, world.hkstp.slug],
      [world.founder.user.id, world.startup.slug],
      [world.partnerMember.user.id, world.partner.slug],
      [world.cuhkOfficer.user.id, world.hkstp.slug],
    ] as const;
    for (const [userId, org] of refused) {
      const response = await exportAs(userId, org);
      expect(response.status, `${userId} on ${org}`).toBe(404);
      expect(await response.text()).not.toContain("Hidden milestone");
    }
    expect(
      await testDb().auditEvent.count({
        where: { action: "milestones.export", organisationId: world.hkstp.id },
      }),
    ).toBe(0);
    expect(
      await testDb().auditEvent.count({
        where: { action: "access.denied", actorId: world.mentor.user.id },
      }),
    ).toBe(1);
    // The CUHK officer's own export holds only CUHK's milestones.
    const cuhk = await csvLines(await exportAs(world.cuhkOfficer.user.id, world.cuhk.slug));
    expect(cuhk.join("\n")).not.toContain("Hidden milestone");
  });
});
