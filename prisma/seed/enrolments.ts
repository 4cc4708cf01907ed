import type { Enrolment } from "@/lib/generated/prisma/client";
import { createEnrolment } from "@/tests/factories/enrolments";
import type { SeededApplication } from "./applications";
import { type SeedContext, teamOf } from "./context";
import { must } from "./lookup";
import type { StartupTeam } from "./people";
import type { ProgrammeKey } from "./programmes";
import { day, hkt } from "./time";

export type SeededEnrolment = {
  key: string;
  programmeKey: ProgrammeKey;
  enrolment: Enrolment;
  team: StartupTeam;
};

/** First day of each 2026 cohort, by the call that admitted it. */
const COHORT_STARTS: Partial<Record<string, string>> = {
  IB26: "2026-06-01",
  AZ26: "2026-07-02",
  BI26: "2026-08-03",
  CU26: "2026-06-01",
};

// Start-ups admitted before Incubase was in use: their enrolments have no application.
const EARLIER_ENROLMENTS: {
  programmeKey: ProgrammeKey;
  startup: string;
  startsOn: string;
  status: "ACTIVE" | "GRADUATED" | "WITHDRAWN";
  statusReason?: string;
  updatedAt?: string;
}[] = [
  {
    programmeKey: "incuBio",
    startup: "cheung-chau-marine",
    startsOn: "2022-07-01",
    status: "GRADUATED",
    statusReason: "Completed the four-year programme; closed a HK$78M Series A in March 2026.",
    updatedAt: "2026-07-03",
  },
  {
    programmeKey: "incuBio",
    startup: "greenwave-tcm",
    startsOn: "2025-01-02",
    status: "WITHDRAWN",
    statusReason:
      "Withdrew in August 2026: R&D moved to Shenzhen and the company no longer operates from the Science Park. Undrawn grant released.",
    updatedAt: "2026-08-28",
  },
  { programmeKey: "incuBio", startup: "tidewater-bio", startsOn: "2024-01-02", status: "ACTIVE" },
  {
    programmeKey: "astrazeneca",
    startup: "lok-ma-chau-genomics",
    startsOn: "2024-07-02",
    status: "ACTIVE",
  },
];

/** The last day of a term that starts on `startsOn` and lasts `months` months. */
function termEnd(startsOn: Date, months: number): Date {
  const end = new Date(startsOn);
  end.setUTCMonth(end.getUTCMonth() + months);
  end.setUTCDate(end.getUTCDate() - 1);
  return end;
}

/** Enrols every accepted application's start-up, plus the cohorts from before the platform. */
export async function seedEnrolments(
  context: SeedContext,
  applications: SeededApplication[],
): Promise<SeededEnrolment[]> {
  const enrolments: SeededEnrolment[] = [];
  const enrol = async (
    programmeKey: ProgrammeKey,
    team: StartupTeam,
    startsOn: Date,
    extra: {
      applicationId?: string;
      status?: "ACTIVE" | "GRADUATED" | "WITHDRAWN";
      statusReason?: string;
      createdAt: Date;
      updatedAt: Date;
    },
  ) => {
    const { programme } = must(context.programmes, programmeKey);
    const enrolment = await createEnrolment(context.db, {
      organisationId: programme.organisationId,
      programmeId: programme.id,
      startupId: must(context.organisations.startups, team.seed.slug).id,
      startsOn,
      endsOn: termEnd(startsOn, programme.durationMonths),
      ...extra,
    });
    enrolments.push({ key: `${programmeKey}:${team.seed.slug}`, programmeKey, enrolment, team });
  };

  for (const earlier of EARLIER_ENROLMENTS) {
    const startsOn = day(earlier.startsOn);
    await enrol(earlier.programmeKey, teamOf(context, earlier.startup), startsOn, {
      status: earlier.status,
      statusReason: earlier.statusReason,
      createdAt: hkt(earlier.startsOn, "09:30"),
      updatedAt: hkt(earlier.updatedAt ?? earlier.startsOn, "09:30"),
    });
  }
  for (const seeded of applications) {
    if (seeded.plan.status !== "ACCEPTED") continue;
    const starts = COHORT_STARTS[seeded.plan.call];
    if (!starts) throw new Error(`No cohort start date for call ${seeded.plan.call}`);
    const decidedAt = must(seeded.enteredAt, "ACCEPTED");
    await enrol(seeded.seedCall.programmeKey, seeded.team, day(starts), {
      applicationId: seeded.application.id,
      createdAt: decidedAt,
      updatedAt: decidedAt,
    });
  }
  return enrolments;
}
