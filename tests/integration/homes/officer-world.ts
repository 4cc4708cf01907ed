import { createApplication } from "../../factories/applications";
import { createCall } from "../../factories/calls";
import { createCoachingSession, createMentorAssignment } from "../../factories/coaching";
import { createEnrolment } from "../../factories/enrolments";
import { createDisbursement, createGrantWithBuckets } from "../../factories/grants";
import { createMilestone } from "../../factories/milestones";
import { createOperator } from "../../factories/organisations";
import { createProgramme } from "../../factories/programmes";
import { createReviewerAssignment } from "../../factories/reviews";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";

/**
 * "Now" for the dashboards: 1 April 2026, 00:30 in Hong Kong (31 March 16:30 UTC), a few
 * minutes into a new Hong Kong month and quarter, so an instant on either side of the
 * boundary tells whether the month and quarter are Hong Kong's, not UTC's.
 */
export const NOW = new Date("2026-03-31T16:30:00.000Z");
/** The Hong Kong month and quarter began here: 1 April 2026, 00:00 HKT. */
export const HK_PERIOD_START = new Date("2026-03-31T16:00:00.000Z");
/** Today in Hong Kong as a `date` value. */
export const HK_TODAY = new Date("2026-04-01T00:00:00.000Z");

const DAY = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * One operator's worth of dashboard data: an open call and a closed call with applications in
 * every status, reviews (on time, overdue, submitted, on a decided application), milestones on
 * every side of the due-soon window, coaching sessions either side of the quarter start, and a
 * grant with tranches in every status, some paid either side of the month start.
 */
export async function buildOperatorDashboardData() {
  const db = testDb();
  const operator = await createOperator(db);
  const officer = await createMember(db, {
    organisationId: operator.id,
    role: "PROGRAMME_OFFICER",
  });
  const finance = await createMember(db, { organisationId: operator.id, role: "FINANCE_APPROVER" });
  const admin = await createMember(db, { organisationId: operator.id, role: "OPERATOR_ADMIN" });
  const mentor = await createMember(db, { organisationId: operator.id, role: "MENTOR" });
  const founder = await createMember(db, { organisationId: operator.id, role: "STARTUP_MEMBER" });
  const programme = await createProgramme(db, { organisationId: operator.id });
  const secondProgramme = await createProgramme(db, {
    organisationId: operator.id,
    fundingCapCents: 300_000_000n,
  });

  // Calls: one published (open), one closed; applications in every status.
  const openCall = await createCall(db, {
    organisationId: operator.id,
    programmeId: programme.id,
    status: "PUBLISHED",
    opensAt: new Date(NOW.getTime() - 10 * DAY),
    closesAt: new Date(NOW.getTime() + 30 * DAY),
  });
  const closedCall = await createCall(db, {
    organisationId: operator.id,
    programmeId: programme.id,
    status: "CLOSED",
    opensAt: new Date(NOW.getTime() - 100 * DAY),
    closesAt: new Date(NOW.getTime() - 40 * DAY),
  });
  const openCallStatuses = [
    "DRAFT",
    "SUBMITTED",
    "SUBMITTED",
    "SCREENING",
    "IN_REVIEW",
    "IN_REVIEW",
    "IN_REVIEW",
    "SHORTLISTED",
    "ACCEPTED",
    "REJECTED",
    "WITHDRAWN",
  ] as const;
  const applications = [];
  for (const [index, status] of openCallStatuses.entries()) {
    applications.push(
      await createApplication(db, {
        organisationId: operator.id,
        callId: openCall.id,
        status,
        submittedAt: status === "DRAFT" ? null : new Date(NOW.getTime() - (20 - index) * DAY),
      }),
    );
  }
  for (const status of ["SUBMITTED", "ACCEPTED"] as const) {
    await createApplication(db, { organisationId: operator.id, callId: closedCall.id, status });
  }
  const inReview = applications.filter((application) => application.status === "IN_REVIEW");
  const accepted = applications.find((application) => application.status === "ACCEPTED")!;

  // Reviews: two overdue (5 and 2 days), one due later, one submitted, one on a decided application.
  const overdueLong = await createReviewerAssignment(db, {
    organisationId: operator.id,
    applicationId: inReview[0]!.id,
    dueAt: new Date(NOW.getTime() - 5 * DAY),
  });
  const overdueShort = await createReviewerAssignment(db, {
    organisationId: operator.id,
    applicationId: inReview[1]!.id,
    dueAt: new Date(NOW.getTime() - 2 * DAY),
  });
  await createReviewerAssignment(db, {
    organisationId: operator.id,
    applicationId: inReview[2]!.id,
    dueAt: new Date(NOW.getTime() + 3 * DAY),
  });
  await createReviewerAssignment(db, {
    organisationId: operator.id,
    applicationId: inReview[2]!.id,
    status: "SUBMITTED",
    dueAt: new Date(NOW.getTime() - 9 * DAY),
  });
  await createReviewerAssignment(db, {
    organisationId: operator.id,
    applicationId: accepted.id,
    dueAt: new Date(NOW.getTime() - 30 * DAY),
  });

  // Cohort: three active enrolments and a withdrawn one.
  const enrol = (programmeId: string, status: "ACTIVE" | "WITHDRAWN" = "ACTIVE") =>
    createEnrolment(db, { organisationId: operator.id, programmeId, status });
  const coached = await enrol(programme.id);
  const quiet = await enrol(programme.id);
  const neverCoached = await enrol(secondProgramme.id);
  const withdrawn = await enrol(programme.id, "WITHDRAWN");

  // Milestones around today (1 April 2026 in Hong Kong) and the 30-day window (to 1 May).
  const milestone = (enrolmentId: string, dueOn: string, status = "IN_PROGRESS" as const) =>
    createMilestone(db, { organisationId: operator.id, enrolmentId, dueOn: day(dueOn), status });
  await milestone(coached.id, "2026-03-31"); // overdue: yesterday in Hong Kong
  await milestone(quiet.id, "2026-02-10"); // overdue
  await createMilestone(db, {
    organisationId: operator.id,
    enrolmentId: quiet.id,
    dueOn: day("2026-03-20"),
    status: "DELAYED",
  }); // overdue (delayed is still open)
  await milestone(coached.id, "2026-04-01"); // due soon: today
  await milestone(coached.id, "2026-05-01"); // due soon: the window's last day
  await createMilestone(db, {
    organisationId: operator.id,
    enrolmentId: neverCoached.id,
    dueOn: day("2026-04-15"),
    status: "SUBMITTED",
  }); // due soon, evidence waiting
  await milestone(coached.id, "2026-05-02"); // on track
  await milestone(neverCoached.id, "2026-09-30"); // on track
  await createMilestone(db, {
    organisationId: operator.id,
    enrolmentId: coached.id,
    dueOn: day("2026-01-10"),
    status: "ACHIEVED",
  }); // closed: not counted
  await createMilestone(db, {
    organisationId: operator.id,
    enrolmentId: quiet.id,
    dueOn: day("2026-01-11"),
    status: "MISSED",
  }); // closed: not counted
  await milestone(withdrawn.id, "2026-03-01"); // withdrawn enrolment: not counted

  // Coaching: the coached start-up met 3 times this quarter, once just before it began, once
  // cancelled, and has one scheduled later; the quiet start-up last met 45 days ago.
  const assignment = await createMentorAssignment(db, {
    organisationId: operator.id,
    enrolmentId: coached.id,
    mentorId: mentor.user.id,
  });
  const session = (enrolmentId: string, startsAt: Date, status: string, assignmentId?: string) =>
    createCoachingSession(db, {
      organisationId: operator.id,
      enrolmentId,
      assignmentId,
      mentorId: assignmentId ? undefined : mentor.user.id,
      startsAt,
      status: status as "LOGGED",
    });
  await session(coached.id, HK_PERIOD_START, "LOGGED", assignment.id); // first instant of the quarter
  await session(coached.id, new Date(NOW.getTime() - 10 * 60_000), "CONFIRMED", assignment.id);
  await session(coached.id, new Date(NOW.getTime() - 20 * 60_000), "LOGGED", assignment.id);
  await session(coached.id, new Date(HK_PERIOD_START.getTime() - 1), "LOGGED", assignment.id); // last quarter
  await session(coached.id, new Date(NOW.getTime() - 5 * 60_000), "CANCELLED", assignment.id);
  await session(coached.id, new Date(NOW.getTime() + 2 * DAY), "SCHEDULED", assignment.id);
  await session(quiet.id, new Date(NOW.getTime() - 45 * DAY), "CONFIRMED");
  await session(withdrawn.id, new Date(NOW.getTime() - 60_000), "LOGGED");

  // Grants and tranches.
  const startupGrant = await createGrantWithBuckets(db, {
    organisationId: operator.id,
    enrolmentId: coached.id,
    approvedTotalCents: 500_000_000n,
  });
  const secondGrant = await createGrantWithBuckets(db, {
    organisationId: operator.id,
    enrolmentId: neverCoached.id,
    approvedTotalCents: 250_000_000n,
  });
  const [subsidy, upfront] = startupGrant.buckets;
  const tranche = (
    bucketId: string,
    status: "REQUESTED" | "APPROVED" | "FINANCE_APPROVED" | "PAID" | "REJECTED",
    amountCents: bigint,
    extra: Record<string, unknown> = {},
  ) =>
    createDisbursement(db, {
      organisationId: operator.id,
      bucketId,
      status,
      amountCents,
      requestedById: founder.user.id,
      ...extra,
    });
  const requestedOld = await tranche(subsidy!.id, "REQUESTED", 1_234_567n, {
    requestedAt: new Date(NOW.getTime() - 9 * DAY),
  });
  await tranche(upfront!.id, "REQUESTED", 50_000_00n, {
    requestedAt: new Date(NOW.getTime() - 2 * DAY),
  });
  const approvedOld = await tranche(subsidy!.id, "APPROVED", 7_000_001n, {
    requestedAt: new Date(NOW.getTime() - 20 * DAY),
    approvedAt: new Date(NOW.getTime() - 12 * DAY),
  });
  const approvedNew = await tranche(upfront!.id, "APPROVED", 3_000_000n, {
    requestedAt: new Date(NOW.getTime() - 30 * DAY),
    approvedAt: new Date(NOW.getTime() - 1 * DAY),
  });
  await tranche(secondGrant.buckets[0]!.id, "FINANCE_APPROVED", 11_000_00n);
  await tranche(subsidy!.id, "PAID", 10_000_00n, { paidAt: HK_PERIOD_START }); // this HK month
  await tranche(upfront!.id, "PAID", 25_500_55n, { paidAt: new Date(NOW.getTime() - 60_000) });
  await tranche(upfront!.id, "PAID", 99_999_99n, {
    paidAt: new Date(HK_PERIOD_START.getTime() - 1),
  }); // 31 March, 23:59:59.999 in Hong Kong: last month
  await tranche(secondGrant.buckets[1]!.id, "PAID", 2_000_000n, {
    paidAt: new Date(NOW.getTime() - 40 * DAY),
  });
  await tranche(subsidy!.id, "REJECTED", 9_999_999n);

  return {
    operator,
    officer,
    finance,
    admin,
    programme,
    secondProgramme,
    openCall,
    closedCall,
    enrolments: { coached, quiet, neverCoached, withdrawn },
    reviews: { overdueLong, overdueShort },
    tranches: { requestedOld, approvedOld, approvedNew },
  };
}
