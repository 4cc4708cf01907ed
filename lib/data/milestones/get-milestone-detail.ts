import "server-only";
import { db } from "@/lib/db";
import { READ_TRANSACTION } from "@/lib/data/milestones/read-transaction";
import { milestoneReachWhere, type MilestoneReach } from "./find-milestone-for-change";

/**
 * One milestone with its evidence (notes and files, newest first), its timeline and who
 * assessed or signed it off, for a reader who reaches it (null otherwise: 404).
 */
export async function getMilestoneDetail(
  reach: MilestoneReach,
  enrolmentId: string,
  milestoneId: string,
) {
  return db.$transaction(async (tx) => {
    const milestone = await tx.milestone.findFirst({
      where: { id: milestoneId, enrolmentId, ...milestoneReachWhere(reach) },
      select: {
        id: true,
        title: true,
        category: true,
        description: true,
        dueOn: true,
        status: true,
        requiresMentorSignOff: true,
        submittedAt: true,
        achievedAt: true,
        assessmentComment: true,
        mentorSignedOffAt: true,
        mentorSignedOffBy: { select: { name: true } },
        assessedBy: { select: { name: true } },
        template: { select: { key: true, title: true, titleZh: true } },
        enrolment: {
          select: {
            id: true,
            status: true,
            startsOn: true,
            programme: { select: { name: true, nameZh: true } },
            startup: { select: { id: true, slug: true, name: true, nameZh: true } },
            organisation: { select: { slug: true, name: true } },
            mentorAssignments: {
              where: { status: "ACTIVE" },
              select: { mentor: { select: { id: true, name: true } } },
            },
          },
        },
        evidence: {
          orderBy: { createdAt: "desc" },
          select: {
            id: true,
            note: true,
            createdAt: true,
            submittedBy: { select: { name: true } },
            attachments: {
              orderBy: { createdAt: "asc" },
              select: { id: true, fileName: true, sizeBytes: true, mimeType: true },
            },
          },
        },
        statusChanges: {
          orderBy: { createdAt: "desc" },
          select: {
            id: true,
            fromStatus: true,
            toStatus: true,
            reason: true,
            createdAt: true,
            actor: { select: { name: true } },
          },
        },
      },
    });
    if (!milestone) return null;
    const { mentorAssignments, ...enrolment } = milestone.enrolment;
    return {
      ...milestone,
      enrolment: {
        ...enrolment,
        mentors: mentorAssignments.map((assignment) => assignment.mentor),
      },
    };
  }, READ_TRANSACTION);
}

export type MilestoneDetail = NonNullable<Awaited<ReturnType<typeof getMilestoneDetail>>>;
