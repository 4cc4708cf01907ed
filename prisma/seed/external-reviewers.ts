import { createReviewerAssignment } from "@/tests/factories/reviews";
import { createInvitation, createMember } from "@/tests/factories/users";
import { sha256Hex } from "@/tests/factories/sequence";
import { type SeedContext, staffMember } from "./context";
import { shiftDays } from "./time";

/**
 * HKSTP's external reviewers: Prof. Lydia Ho (HKU LKS Faculty of Medicine) joined and has one
 * Incu-Bio application to review, due in two days; Dr Raymond Kwok (Queen Mary Hospital) has
 * an invitation waiting. Sign in as lydia.ho@hku.demo to see the external reviewer's queue.
 */
export async function seedExternalReviewers(context: SeedContext, passwordHash: string) {
  const { db } = context;
  const hkstp = context.organisations.hkstp;
  const officer = staffMember(context, "officer");
  const expert = await createMember(db, {
    organisationId: hkstp.id,
    role: "EXTERNAL_REVIEWER",
    user: {
      email: "lydia.ho@hku.demo",
      name: "Prof. Lydia Ho",
      nameZh: "何麗莎",
      passwordHash,
    },
    membership: { title: "Clinical Professor, HKU LKS Faculty of Medicine" },
  });
  const inReview = await db.application.findFirst({
    where: {
      organisationId: hkstp.id,
      status: "IN_REVIEW",
      call: { programme: { kind: "INCUBATION" } },
    },
    orderBy: { reference: "asc" },
    select: { id: true },
  });
  const now = new Date();
  if (inReview) {
    await createReviewerAssignment(db, {
      organisationId: hkstp.id,
      applicationId: inReview.id,
      reviewerId: expert.user.id,
      dueAt: shiftDays(now, 2),
      createdAt: shiftDays(now, -12),
    });
  }
  await createInvitation(db, {
    organisationId: hkstp.id,
    invitedById: officer.id,
    email: "raymond.kwok@qmh.demo",
    name: "Dr Raymond Kwok",
    role: "EXTERNAL_REVIEWER",
    tokenHash: sha256Hex("demo-external-reviewer-invitation"),
    expiresAt: shiftDays(now, 5),
    createdAt: shiftDays(now, -2),
  });
}
