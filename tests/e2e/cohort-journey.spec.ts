/**
 * Issue 5, the cohort journey against a production build: the officer assigns a mentor, the
 * mentor logs a session with an action item, the founder confirms it and ticks the item off;
 * then a founder submits milestone evidence, the officer accepts it, and the partner sees the
 * milestone only once the founder shares milestones with it. Each person signs in in a browser
 * context of their own.
 *
 * Re-runnable on the same database: before the journey the spec puts back (as the owner, see
 * support/db.ts) what an earlier run used up: the mentor's assignment to the start-up is ended,
 * the milestone is back in progress without this spec's evidence, and the milestone consent is
 * withdrawn. Notes and action items carry the run's id.
 */
import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import {
  founderConfirmsAndCompletesActionItem,
  mentorLogsSessionWithActionItem,
  officerAssignsMentor,
} from "./cohort-support";
import { accountFor, expect, signIn, test } from "./fixtures";
import {
  founderConsentsToPartner,
  founderSubmitsMilestoneEvidence,
  officerAcceptsMilestone,
  partnerSeesMilestone,
} from "./milestones-support";
import { closeDatabase, sql } from "./support/db";

const SLOW = { timeout: 60_000 };

const OPERATOR = "hkstp";
const COACHED = {
  slug: "pokfulam-cell",
  name: "Pok Fu Lam Cell Therapeutics",
  mentor: { name: "Dr Li Wei", email: "li.wei@hkstp.demo" },
  founderName: "Dr Chloe Wong", // founder@pokfulamcell.demo
};
const SHARING = {
  slug: "nathan-road-digital",
  name: "Nathan Road Digital Health",
  founderEmail: "gary.fong@nathanroad.demo",
  milestoneTitle: "Software-as-a-medical-device classification confirmed",
  partner: { slug: "astrazeneca", name: "AstraZeneca Hong Kong" },
};
const EVIDENCE_PREFIX = "E2E evidence";

/** A browser context of its own, signed in through the real form. */
async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/sign-in/, SLOW);
  return page;
}

/** A Hong Kong calendar day `days` from now, "YYYY-MM-DD". */
function hongKongDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Puts back what an earlier run of this spec used up (no-ops on a fresh seed). */
async function resetJourneyData(): Promise<void> {
  await sql(
    `update "MentorAssignment" ma
        set "status" = 'ENDED', "endsOn" = current_date, "updatedAt" = now()
       from "Enrolment" e, "Organisation" s, "User" u
      where ma."enrolmentId" = e."id" and e."startupId" = s."id" and s."slug" = $1
        and ma."mentorId" = u."id" and u."email" = $2 and ma."status" = 'ACTIVE'`,
    [COACHED.slug, COACHED.mentor.email],
  );
  const milestones = await sql<{ id: string }>(
    `select m."id" from "Milestone" m
       join "Enrolment" e on e."id" = m."enrolmentId"
       join "Organisation" s on s."id" = e."startupId"
      where s."slug" = $1 and m."title" = $2`,
    [SHARING.slug, SHARING.milestoneTitle],
  );
  if (milestones.length !== 1) {
    throw new Error(
      `Expected one milestone "${SHARING.milestoneTitle}", found ${milestones.length}`,
    );
  }
  const milestoneId = milestones[0]!.id;
  await sql(`delete from "MilestoneEvidence" where "milestoneId" = $1 and "note" like $2`, [
    milestoneId,
    `${EVIDENCE_PREFIX}%`,
  ]);
  await sql(
    `update "Milestone"
        set "status" = 'IN_PROGRESS', "submittedAt" = null, "achievedAt" = null,
            "assessedById" = null, "assessmentComment" = null, "updatedAt" = now()
      where "id" = $1 and "status" in ('SUBMITTED', 'ACHIEVED')`,
    [milestoneId],
  );
  await sql(
    `update "DataSharingConsent" c
        set "withdrawnAt" = now(), "updatedAt" = now()
       from "Organisation" s, "Organisation" p
      where c."startupId" = s."id" and s."slug" = $1 and c."partnerId" = p."id"
        and p."slug" = $2 and c."category" = 'MILESTONES' and c."withdrawnAt" is null`,
    [SHARING.slug, SHARING.partner.slug],
  );
}

test.describe("cohort journey", () => {
  test.beforeAll(resetJourneyData);
  test.afterAll(closeDatabase);

  test("mentoring with an action item, then a milestone the partner sees only once shared", async ({
    browser,
  }) => {
    test.setTimeout(600_000);
    const runId = Date.now();
    const officer = await signedInPage(browser, accountFor("officer").email);

    // 1. The officer assigns a mentor to the start-up.
    await officerAssignsMentor(officer, {
      organisation: OPERATOR,
      startupName: COACHED.name,
      mentorName: COACHED.mentor.name,
    });

    // 2. The mentor logs a session with an action item for the founder.
    const actionItem = `Send the NMPA pre-submission dossier outline (${runId})`;
    const mentor = await signedInPage(browser, COACHED.mentor.email);
    await mentorLogsSessionWithActionItem(mentor, {
      organisation: OPERATOR,
      startupName: COACHED.name,
      sharedNotes: `GBA access route discussed; NMPA classification first (${runId}).`,
      actionItem: {
        description: actionItem,
        ownerName: COACHED.founderName,
        dueOn: hongKongDay(14),
      },
    });

    // 3. The founder confirms the session and ticks the action item off.
    const coachedFounder = await signedInPage(browser, accountFor("founder").email);
    await founderConfirmsAndCompletesActionItem(coachedFounder, {
      organisation: COACHED.slug,
      actionItemDescription: actionItem,
    });

    // 4. Another founder submits evidence for a milestone; the officer accepts it.
    const sharingFounder = await signedInPage(browser, SHARING.founderEmail);
    await founderSubmitsMilestoneEvidence(sharingFounder, {
      organisation: SHARING.slug,
      milestoneTitle: SHARING.milestoneTitle,
      note: `${EVIDENCE_PREFIX} ${runId}: Class II SaMD confirmed by the Medical Device Division.`,
    });
    await officerAcceptsMilestone(officer, {
      organisation: OPERATOR,
      startupName: SHARING.name,
      milestoneTitle: SHARING.milestoneTitle,
    });

    // 5. Before the founder shares milestones, the partner sees the start-up but no milestone.
    const partner = await signedInPage(browser, accountFor("partner").email);
    await partner.goto(`/${SHARING.partner.slug}/partner-cohort`);
    await partner.getByRole("link", { name: SHARING.name, exact: true }).click();
    await expect(partner.getByRole("heading", { level: 1, name: SHARING.name })).toBeVisible(SLOW);
    await expect(partner.getByRole("list", { name: "Milestones" })).toHaveCount(0);
    await expect(partner.getByText(SHARING.milestoneTitle)).toHaveCount(0);

    // 6. The founder shares milestones with the partner, who now sees it achieved.
    await founderConsentsToPartner(sharingFounder, {
      organisation: SHARING.slug,
      partnerName: SHARING.partner.name,
    });
    await partnerSeesMilestone(partner, {
      organisation: SHARING.partner.slug,
      startupName: SHARING.name,
      milestoneTitle: SHARING.milestoneTitle,
      status: "Achieved",
    });
  });
});
