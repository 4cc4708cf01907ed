import { describe, expect, it } from "vitest";
import { getMentorHome, STALE_SESSION_DAYS } from "@/lib/data/homes/mentor-home";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createApplication } from "../../factories/applications";
import {
  createActionItem,
  createCoachingSession,
  createMentorAssignment,
} from "../../factories/coaching";
import { createEnrolment } from "../../factories/enrolments";
import { createOperator, createStartup } from "../../factories/organisations";
import { createProgramme } from "../../factories/programmes";
import { createReviewerAssignment } from "../../factories/reviews";
import { daysFrom } from "../../factories/sequence";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";

const NOW = new Date();

/**
 * HKSTP: Wong mentors Aberdeen (met 5 days ago), Lamma (met 40 days ago) and Peng Chau (never
 * met, assignment ended for a fourth). Chan mentors Ap Lei Chau, which Wong must never see.
 */
async function buildWorld() {
  const db = testDb();
  const hkstp = await createOperator(db);
  const programme = await createProgramme(db, { organisationId: hkstp.id });
  const wong = await createMember(db, { organisationId: hkstp.id, role: "MENTOR" });
  const chan = await createMember(db, { organisationId: hkstp.id, role: "MENTOR" });
  const enrol = async (name: string) =>
    createEnrolment(db, {
      organisationId: hkstp.id,
      programmeId: programme.id,
      startupId: (await createStartup(db, { name })).id,
    });
  const assign = async (name: string, mentorId: string, status: "ACTIVE" | "ENDED" = "ACTIVE") => {
    const enrolment = await enrol(name);
    const assignment = await createMentorAssignment(db, {
      organisationId: hkstp.id,
      enrolmentId: enrolment.id,
      mentorId,
      status,
    });
    return { enrolment, assignment };
  };
  const aberdeen = await assign("Aberdeen Bio", wong.user.id);
  const lamma = await assign("Lamma Therapeutics", wong.user.id);
  const pengChau = await assign("Peng Chau Diagnostics", wong.user.id);
  const ended = await assign("Tung Chung Devices", wong.user.id, "ENDED");
  const apLeiChau = await assign("Ap Lei Chau Genomics", chan.user.id);

  const session = (
    of: { assignment: { id: string } },
    status: "SCHEDULED" | "LOGGED" | "CONFIRMED" | "CANCELLED",
    days: number,
  ) =>
    createCoachingSession(db, {
      assignmentId: of.assignment.id,
      status,
      startsAt: daysFrom(NOW, days),
    });

  await session(aberdeen, "CONFIRMED", -5);
  const aberdeenOld = await session(aberdeen, "LOGGED", -60);
  const aberdeenToLog = await session(aberdeen, "SCHEDULED", -2);
  const aberdeenNext = await session(aberdeen, "SCHEDULED", 3);
  await session(aberdeen, "CANCELLED", -1);
  const lammaLast = await session(lamma, "LOGGED", -40);
  const lammaToLog = await session(lamma, "SCHEDULED", -10);
  const lammaNext = await session(lamma, "SCHEDULED", 9);
  const endedSession = await session(ended, "SCHEDULED", -3);
  const chanSession = await session(apLeiChau, "SCHEDULED", -1);
  await session(apLeiChau, "SCHEDULED", 2);

  const mentorItem = await createActionItem(db, {
    coachingSessionId: aberdeenOld.id,
    ownerSide: "MENTOR",
    description: "Introduce the founder to a CDMO in Suzhou",
    dueOn: daysFrom(NOW, -3),
  });
  const startupItem = await createActionItem(db, {
    coachingSessionId: lammaLast.id,
    description: "Send the revised target product profile",
  });
  await createActionItem(db, { coachingSessionId: lammaLast.id, status: "DONE" });
  const chanItem = await createActionItem(db, {
    coachingSessionId: (await session(apLeiChau, "LOGGED", -8)).id,
    description: "Chan's item",
  });

  const application = await createApplication(db, {
    organisationId: hkstp.id,
    status: "IN_REVIEW",
  });
  const review = await createReviewerAssignment(db, {
    organisationId: hkstp.id,
    applicationId: application.id,
    reviewerId: wong.user.id,
  });
  await createReviewerAssignment(db, {
    organisationId: hkstp.id,
    applicationId: (await createApplication(db, { organisationId: hkstp.id, status: "IN_REVIEW" }))
      .id,
    reviewerId: wong.user.id,
    status: "SUBMITTED",
  });

  return {
    hkstp,
    wong,
    chan,
    aberdeen,
    lamma,
    pengChau,
    ended,
    apLeiChau,
    aberdeenToLog,
    aberdeenNext,
    lammaLast,
    lammaToLog,
    lammaNext,
    endedSession,
    chanSession,
    mentorItem,
    startupItem,
    chanItem,
    review,
  };
}

describe("mentor home", () => {
  it("lists only the mentor's assigned start-ups, neglected first, with last-session flags", async () => {
    const w = await buildWorld();
    const home = await runWithTenant({ userId: w.wong.user.id, organisationId: w.hkstp.id }, () =>
      getMentorHome(w.hkstp.id, w.wong.user.id, NOW),
    );
    expect(home.startups.map((s) => s.name)).toEqual([
      "Peng Chau Diagnostics",
      "Lamma Therapeutics",
      "Aberdeen Bio",
    ]);
    const [assigned] = await testDb().$queryRawUnsafe<{ n: number }[]>(
      `select count(*)::int as n from "MentorAssignment" where "mentorId" = $1 and status = 'ACTIVE'`,
      w.wong.user.id,
    );
    expect(home.startupCount).toBe(assigned?.n);
    const byName = new Map(home.startups.map((s) => [s.name, s]));
    expect(byName.get("Peng Chau Diagnostics")).toMatchObject({
      lastSessionAt: null,
      nextSessionAt: null,
      isStale: true,
      openActionItems: 0,
    });
    expect(byName.get("Lamma Therapeutics")).toMatchObject({
      lastSessionAt: w.lammaLast.startsAt,
      nextSessionAt: w.lammaNext.startsAt,
      isStale: true,
      openActionItems: 1,
    });
    expect(STALE_SESSION_DAYS).toBe(30);
    // The confirmed session five days ago is the last one held (cancelled ones never count).
    expect(byName.get("Aberdeen Bio")).toMatchObject({
      lastSessionAt: daysFrom(NOW, -5),
      nextSessionAt: w.aberdeenNext.startsAt,
      isStale: false,
      openActionItems: 1,
    });
  });

  it("counts sessions to write up, upcoming sessions, action items and reviews against the database", async () => {
    const w = await buildWorld();
    const home = await runWithTenant({ userId: w.wong.user.id, organisationId: w.hkstp.id }, () =>
      getMentorHome(w.hkstp.id, w.wong.user.id, NOW),
    );
    // Past SCHEDULED sessions with a start-up still assigned; never the ended one or Chan's.
    expect(home.sessionsToLog.map((s) => s.id)).toEqual([w.lammaToLog.id, w.aberdeenToLog.id]);
    expect(home.sessionsToLogCount).toBe(2);
    const [scheduledPast] = await testDb().$queryRawUnsafe<{ n: number }[]>(
      `select count(*)::int as n from "CoachingSession" s
       join "MentorAssignment" a on a."enrolmentId" = s."enrolmentId" and a."mentorId" = s."mentorId" and a.status = 'ACTIVE'
       where s."mentorId" = $1 and s.status = 'SCHEDULED' and s."startsAt" < $2`,
      w.wong.user.id,
      NOW,
    );
    expect(home.sessionsToLogCount).toBe(scheduledPast?.n);
    expect(home.upcomingSessions.map((s) => s.id)).toEqual([w.aberdeenNext.id, w.lammaNext.id]);
    expect(home.upcomingSessionCount).toBe(2);
    expect(home.actionItems.map((i) => i.id)).toEqual([w.mentorItem.id, w.startupItem.id]);
    expect(home.openActionItemCount).toBe(2);
    expect(home.actionItems.map((i) => i.id)).not.toContain(w.chanItem.id);
    expect(home.reviews.map((r) => r.id)).toEqual([w.review.id]);
    expect(home.reviewCount).toBe(1);
  });

  it("shows another mentor only their own start-ups", async () => {
    const w = await buildWorld();
    const home = await runWithTenant({ userId: w.chan.user.id, organisationId: w.hkstp.id }, () =>
      getMentorHome(w.hkstp.id, w.chan.user.id, NOW),
    );
    expect(home.startups.map((s) => s.name)).toEqual(["Ap Lei Chau Genomics"]);
    expect(home.sessionsToLog.map((s) => s.id)).toEqual([w.chanSession.id]);
    expect(home.actionItems.map((i) => i.id)).toEqual([w.chanItem.id]);
    expect(home.reviews).toEqual([]);
    // Another operator's admin asking for Wong's home in their own tenant sees nothing.
    const other = await createOperator(testDb());
    const outsider = await createMember(testDb(), {
      organisationId: other.id,
      role: "OPERATOR_ADMIN",
    });
    const foreign = await runWithTenant(
      { userId: outsider.user.id, organisationId: other.id },
      () => getMentorHome(w.hkstp.id, w.wong.user.id, NOW),
    );
    expect(foreign.startupCount).toBe(0);
    expect(foreign.sessionsToLogCount).toBe(0);
    expect(foreign.openActionItemCount).toBe(0);
  });
});
