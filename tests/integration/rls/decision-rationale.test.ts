// A decision's rationale is the operator's own: the start-up reads its decision row (outcome,
// feedback) but never the rationale column; the operator reads it through
// app_decision_rationale(). Checked in SQL as the app role.
import { describe, expect, it } from "vitest";
import { createApplication } from "../../factories/applications";
import { createCall } from "../../factories/calls";
import { createOperator, createStartup } from "../../factories/organisations";
import { createDecision } from "../../factories/reviews";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { asTenant } from "./app-role";

const RATIONALE = "Panel split 3–2; the CMC plan is thin but the science is strong.";

async function world() {
  const operator = await createOperator(testDb());
  const officer = await createMember(testDb(), {
    organisationId: operator.id,
    role: "PROGRAMME_OFFICER",
  });
  const otherOperator = await createOperator(testDb());
  const otherOfficer = await createMember(testDb(), {
    organisationId: otherOperator.id,
    role: "PROGRAMME_OFFICER",
  });
  const startup = await createStartup(testDb());
  const founder = await createMember(testDb(), {
    organisationId: startup.id,
    role: "STARTUP_MEMBER",
  });
  const call = await createCall(testDb(), { organisationId: operator.id });
  const application = await createApplication(testDb(), {
    callId: call.id,
    organisationId: operator.id,
    startupId: startup.id,
    createdById: founder.user.id,
    status: "ACCEPTED",
  });
  await createDecision(testDb(), {
    applicationId: application.id,
    decidedById: officer.user.id,
    rationale: RATIONALE,
    feedbackToApplicant: "Welcome to Incu-Bio.",
  });
  return { operator, officer, otherOperator, otherOfficer, startup, founder, application };
}

const rationaleOf = (applicationId: string) => async (client: import("pg").PoolClient) =>
  (
    await client.query<{ rationale: string | null }>(
      `select app_decision_rationale($1) as rationale`,
      [applicationId],
    )
  ).rows[0]?.rationale ?? null;

describe("a decision's rationale", () => {
  it("is never readable by the start-up, though its decision and feedback are", async () => {
    const w = await world();
    const founderTenant = { userId: w.founder.user.id, organisationId: w.startup.id };
    const visible = await asTenant(
      founderTenant,
      async (client) =>
        (await client.query(`select outcome, "feedbackToApplicant" from "Decision"`)).rows,
    );
    expect(visible).toEqual([{ outcome: "ACCEPTED", feedbackToApplicant: "Welcome to Incu-Bio." }]);

    const error = await asTenant(founderTenant, (client) =>
      client.query(`select rationale from "Decision"`).then(
        () => null,
        (caught: { code?: string }) => caught.code,
      ),
    );
    expect(error).toBe("42501"); // permission denied for the column
    expect(await asTenant(founderTenant, rationaleOf(w.application.id))).toBeNull();
  });

  it("is read by the deciding operator through app_decision_rationale() only", async () => {
    const w = await world();
    expect(
      await asTenant(
        { userId: w.officer.user.id, organisationId: w.operator.id },
        rationaleOf(w.application.id),
      ),
    ).toBe(RATIONALE);
    // Another operator, and an officer claiming an organisation they do not belong to: nothing.
    expect(
      await asTenant(
        { userId: w.otherOfficer.user.id, organisationId: w.otherOperator.id },
        rationaleOf(w.application.id),
      ),
    ).toBeNull();
    expect(
      await asTenant(
        { userId: w.otherOfficer.user.id, organisationId: w.operator.id },
        rationaleOf(w.application.id),
      ),
    ).toBeNull();
    expect(await asTenant(null, rationaleOf(w.application.id))).toBeNull();
  });
});
