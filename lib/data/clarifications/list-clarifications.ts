import "server-only";
import { db } from "@/lib/db";

export type ClarificationSide = "OPERATOR" | "STARTUP";
export type ClarificationMessage = Awaited<ReturnType<typeof listClarifications>>[number];

/**
 * An application's clarification thread, oldest first, with who wrote each message. Scoped to
 * the viewer: the operator the application was made to, or the start-up that made it. Any
 * other application gives an empty thread (the page around it has already answered 404).
 */
export async function listClarifications({
  side,
  organisationId,
  applicationId,
}: {
  side: ClarificationSide;
  organisationId: string;
  applicationId: string;
}) {
  return db.applicationMessage.findMany({
    where:
      side === "OPERATOR"
        ? { applicationId, organisationId }
        : { applicationId, application: { startupId: organisationId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      body: true,
      createdAt: true,
      author: { select: { id: true, name: true, nameZh: true } },
    },
  });
}
