// GET /api/[org]/calls/[callId]/export: the call's applications with scores as CSV, for the
// operator's officers and admins only (404 for anyone else), Excel-safe.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { GET } from "@/app/api/[org]/calls/[callId]/export/route";
import { createApplication } from "../../factories/applications";
import { createCall, createRubricWithCriteria } from "../../factories/calls";
import { createOperator, createStartup } from "../../factories/organisations";
import { createDecision, createReview, createReviewScore } from "../../factories/reviews";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));

async function exportWorld() {
  const db = testDb();
  const hkstp = await createOperator(db);
  const officer = await createMember(db, { organisationId: hkstp.id, role: "PROGRAMME_OFFICER" });
  const admin = await createMember(db, { organisationId: hkstp.id, role: "OPERATOR_ADMIN" });
  const mentor = await createMember(db, { organisationId: hkstp.id, role: "MENTOR" });
  const call = await createCall(db, {
    organisationId: hkstp.id,
    slug: `incu-bio-2026-${hkstp.slug}`,
  });
  const rubric = await createRubricWithCriteria(db, { organisationId: hkstp.id, callId: call.id });
  const pokfulam = await createStartup(db, {
    name: "Pok Fu Lam Cell Therapeutics",
    nameZh: "薄扶林細胞治療",
  });
  const scored = await createApplication(db, {
    organisationId: hkstp.id,
    callId: call.id,
    startupId: pokfulam.id,
    status: "ACCEPTED",
    reference: "IB-2026-001",
    projectTitle: '=HYPERLINK("http://evil.example","CAR-T, allogeneic")',
    screeningOutcome: "ELIGIBLE",
  });
  const scoresByReview = [
    [5, 4, 4, 4, 5],
    [3, 4, 4, 2, 3],
  ];
  const recommendations = ["STRONGLY_SUPPORT", "SUPPORT"] as const;
  for (const [index, scores] of scoresByReview.entries()) {
    const review = await createReview(db, {
      organisationId: hkstp.id,
      applicationId: scored.id,
      status: "SUBMITTED",
      recommendation: recommendations[index],
    });
    for (const [position, criterion] of rubric.criteria.entries()) {
      await createReviewScore(db, {
        reviewId: review.id,
        criterionId: criterion.id,
        score: scores[position]!,
      });
    }
  }
  await createDecision(db, {
    organisationId: hkstp.id,
    applicationId: scored.id,
    outcome: "ACCEPTED",
    decidedAt: new Date("2026-09-30T04:00:00Z"),
  });
  await createApplication(db, {
    organisationId: hkstp.id,
    callId: call.id,
    status: "SUBMITTED",
    reference: "IB-2026-002",
    projectTitle: "-1 cost biosensor",
  });
  await createApplication(db, {
    organisationId: hkstp.id,
    callId: call.id,
    status: "DRAFT",
    reference: "IB-2026-003",
  });
  return { hkstp, officer, admin, mentor, call };
}

const get = (org: string, callId: string) =>
  GET(new Request(`http://localhost/api/${org}/calls/${callId}/export`), {
    params: Promise.resolve({ org, callId }),
  });

describe("the call export", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("gives an officer one row per submitted application with scores, formula-safe, UTF-8 with BOM", async () => {
    const world = await exportWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const response = await get(world.hkstp.slug, world.call.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(
        `^attachment; filename="incu-bio-2026-${world.hkstp.slug}-applications-\\d{4}-\\d{2}-\\d{2}\\.csv"`,
      ),
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    expect(lines[0]).toBe(
      [
        "Reference",
        "Start-up",
        "Start-up (Chinese)",
        "Project",
        "Status",
        "Screening",
        "Reviews submitted",
        "Reviews expected",
        "Weighted mean",
        "Mean: Scientific merit (weight 0.3000)",
        "Mean: Team (weight 0.2000)",
        "Mean: Commercial potential (weight 0.2000)",
        "Mean: IP position (weight 0.1500)",
        "Mean: Fit with programme (weight 0.1500)",
        "Spread (SD)",
        "Lowest review",
        "Highest review",
        "Strongly support",
        "Support",
        "Neutral",
        "Do not support",
        "Decision",
        "Decided on",
      ].join(","),
    );
    // Weighted: 0.3·5+0.2·4+0.2·4+0.15·4+0.15·5 = 4.45 and 0.3·3+0.2·4+0.2·4+0.15·2+0.15·3 = 3.25.
    expect(lines[1]).toBe(
      `IB-2026-001,Pok Fu Lam Cell Therapeutics,薄扶林細胞治療,"'=HYPERLINK(""http://evil.example"",""CAR-T, allogeneic"")",Accepted,Eligible,2,2,3.85,4,4,4,3,4,0.6,3.25,4.45,1,1,0,0,Accepted,30 Sept 2026`,
    );
    expect(lines[2]).toMatch(
      /^IB-2026-002,[^,]*,,'-1 cost biosensor,Submitted,Not screened,0,0,,,,,,,,,,0,0,0,0,,$/,
    );
    expect(lines).toHaveLength(4); // two rows and the closing line end; the draft is not exported
    expect(lines[3]).toBe("");
    expect(await auditEventsOf("call.export_applications", world.officer.user.id)).toHaveLength(1);
  });

  it("is open to the operator admin too", async () => {
    const world = await exportWorld();
    auth.user = await sessionUserFor(world.admin.user.id);
    expect((await get(world.hkstp.slug, world.call.id)).status).toBe(200);
  });

  it("is 404 for a mentor, another operator, a call of another operator, and no session", async () => {
    const world = await exportWorld();
    const other = await createOperator(testDb());
    const otherOfficer = await createMember(testDb(), {
      organisationId: other.id,
      role: "PROGRAMME_OFFICER",
    });
    const otherCall = await createCall(testDb(), { organisationId: other.id });

    auth.user = await sessionUserFor(world.mentor.user.id);
    expect((await get(world.hkstp.slug, world.call.id)).status).toBe(404);
    auth.user = await sessionUserFor(otherOfficer.user.id);
    expect((await get(world.hkstp.slug, world.call.id)).status).toBe(404);
    expect((await get(other.slug, world.call.id)).status).toBe(404);
    auth.user = await sessionUserFor(world.officer.user.id);
    expect((await get(world.hkstp.slug, otherCall.id)).status).toBe(404);
    auth.user = null;
    expect((await get(world.hkstp.slug, world.call.id)).status).toBe(404);

    const denials = await testDb().auditEvent.count({
      where: {
        action: "access.denied",
        actorId: { in: [world.mentor.user.id, otherOfficer.user.id, world.officer.user.id] },
      },
    });
    expect(denials).toBe(4);
    expect(await auditEventsOf("call.export_applications", world.officer.user.id)).toEqual([]);
  });
});
