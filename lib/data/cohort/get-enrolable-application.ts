import "server-only";
import { db } from "@/lib/db";

/**
 * An accepted application of the operator, with what the enrolment form needs: the programme's
 * duration and benefits, the start-up's profile, and its enrolment if it already has one.
 * Null outside the tenant or when it was not accepted.
 */
export async function getEnrolableApplication(organisationId: string, applicationId: string) {
  return db.application.findFirst({
    where: {
      id: applicationId,
      organisationId,
      status: "ACCEPTED",
      decision: { is: { outcome: "ACCEPTED" } },
    },
    select: {
      id: true,
      reference: true,
      projectTitle: true,
      decision: { select: { decidedAt: true, feedbackToApplicant: true } },
      enrolment: { select: { id: true } },
      startup: {
        select: {
          id: true,
          name: true,
          nameZh: true,
          startupProfile: {
            select: { focusAreas: true, leadAsset: true, pipelineStage: true },
          },
        },
      },
      call: {
        select: {
          title: true,
          programme: {
            select: {
              id: true,
              name: true,
              nameZh: true,
              durationMonths: true,
              benefits: true,
              kind: true,
            },
          },
        },
      },
    },
  });
}

export type EnrolableApplication = NonNullable<Awaited<ReturnType<typeof getEnrolableApplication>>>;
