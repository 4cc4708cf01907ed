import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db-client";
import { AppError, isAppError } from "@/lib/errors";

type Transaction = Omit<Database, ITXClientDenyList>;

/**
 * What a bulk action says about one selected application. DONE: changed. PROBLEM: why it cannot
 * be changed. READY: it could have been changed, but nothing was, because of another's problem.
 */
export type BulkOutcome = {
  applicationId: string;
  reference: string;
  result: "DONE" | "PROBLEM" | "READY";
  message: string;
};

/** A bulk action's answer: every application changed (isApplied), or none. */
export type BulkResult = { isApplied: boolean; outcomes: BulkOutcome[] };

// A few hundred applications, several statements each: longer than Prisma's 5-second default.
const BULK_TRANSACTION = { maxWait: 10_000, timeout: 60_000 } as const;

/** Thrown inside the transaction to roll every change back and still report each outcome. */
class BulkRefusal extends Error {
  constructor(readonly outcomes: BulkOutcome[]) {
    super("bulk action refused");
  }
}

export type CallApplication = Awaited<ReturnType<typeof getCallApplicationsOrThrow>>[number];

/**
 * The selected applications of one of the operator's calls, in the order selected. NOT_FOUND
 * when any of them is not an application of that call of this operator (nothing tells which,
 * or whether it exists elsewhere).
 */
export async function getCallApplicationsOrThrow(
  tx: Transaction,
  {
    organisationId,
    callId,
    applicationIds,
  }: { organisationId: string; callId: string; applicationIds: string[] },
) {
  const found = await tx.application.findMany({
    where: { id: { in: applicationIds }, organisationId, callId },
    select: {
      id: true,
      organisationId: true,
      status: true,
      reference: true,
      projectTitle: true,
      startupId: true,
      createdById: true,
      callId: true,
      call: { select: { id: true, title: true, programmeId: true } },
    },
  });
  const byId = new Map(found.map((application) => [application.id, application]));
  const ordered = applicationIds.flatMap((id) => {
    const application = byId.get(id);
    return application ? [application] : [];
  });
  if (ordered.length !== applicationIds.length) {
    throw new AppError(
      "NOT_FOUND",
      "A selected application does not exist in this call. Reload the list.",
    );
  }
  return ordered;
}

/** One bulk change: the selected items and how to check and change each. */
export type BulkStep<T> = {
  items: T[];
  describe: (item: T) => { applicationId: string; reference: string };
  /** Why this item cannot be changed, or null. Reads only: nothing is written yet. */
  problem: (item: T) => Promise<string | null>;
  /** Changes one item and says what happened; an AppError refuses the whole batch. */
  apply: (item: T) => Promise<string>;
  /** What READY says: the change the item would have had. */
  wouldDo: string;
};

/**
 * Runs a bulk change in one transaction, all or nothing: every item is checked
 * first; any problem refuses the batch before anything is written. Then every item is changed;
 * an expected failure on the way (an application changed meanwhile) rolls the whole
 * transaction back. Returns the per-application outcomes either way.
 */
export async function applyAllOrNothing<T>(
  load: (tx: Transaction) => Promise<BulkStep<T>>,
): Promise<BulkResult> {
  try {
    const outcomes = await db.$transaction(async (tx) => {
      const step = await load(tx);
      const checked: BulkOutcome[] = [];
      for (const item of step.items) {
        const problem = await step.problem(item);
        checked.push({
          ...step.describe(item),
          result: problem ? "PROBLEM" : "READY",
          message: problem ?? step.wouldDo,
        });
      }
      if (checked.some((outcome) => outcome.result === "PROBLEM")) throw new BulkRefusal(checked);
      const done: BulkOutcome[] = [];
      for (const [index, item] of step.items.entries()) {
        try {
          done.push({ ...step.describe(item), result: "DONE", message: await step.apply(item) });
        } catch (error) {
          if (!isAppError(error) || error.code !== "CONFLICT") throw error;
          throw new BulkRefusal(
            checked.map((outcome, position) =>
              position === index
                ? { ...outcome, result: "PROBLEM", message: error.message }
                : outcome,
            ),
          );
        }
      }
      return done;
    }, BULK_TRANSACTION);
    return { isApplied: true, outcomes };
  } catch (error) {
    if (error instanceof BulkRefusal) return { isApplied: false, outcomes: error.outcomes };
    throw error;
  }
}
