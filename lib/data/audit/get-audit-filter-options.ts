import "server-only";
import { db } from "@/lib/db";

export type AuditFilterOptions = Awaited<ReturnType<typeof getAuditFilterOptions>>;

/** What the audit filters offer: the organisation's people and the actions recorded so far. */
export async function getAuditFilterOptions(organisationId: string) {
  const [memberships, actions] = await Promise.all([
    db.membership.findMany({
      where: { organisationId },
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true } } },
    }),
    db.auditEvent.groupBy({
      by: ["action"],
      where: { organisationId },
      orderBy: { action: "asc" },
    }),
  ]);
  const actionNames = actions.map((row) => row.action);
  const subjects = [...new Set(actionNames.map((action) => `${action.split(".")[0] ?? action}.`))];
  return {
    actors: memberships.map((membership) => membership.user),
    actionSuggestions: [...subjects, ...actionNames].sort(),
  };
}
