import { recordAuditEvent, recordDenial } from "@/lib/audit";
import { roleCan } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import {
  buildProgrammeBudgetExport,
  type ExportView,
} from "@/lib/data/grants/programme-budget-export";
import { db } from "@/lib/db";
import { readRequestContext } from "@/lib/request-context";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { contentDisposition } from "@/lib/uploads/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ org: string }> };

const NOT_FOUND = () =>
  Response.json(
    { error: { code: "NOT_FOUND", message: "That page or record does not exist." } },
    { status: 404, headers: { "cache-control": "private, no-store" } },
  );

/**
 * A programme's grants (`?programme=<id>&view=grants`, one row per grant and bucket) or its
 * tranches (`view=tranches`) as CSV for finance: UTF-8 with BOM, formula-safe cells. For the
 * operator's admins, officers and finance approvers (grant.report) only; anyone else, and any
 * programme outside the organisation, gets 404 and leaves an `access.denied` event. Every
 * export is in the audit trail.
 */
export async function GET(request: Request, { params }: Context) {
  const { org } = await params;
  const search = new URL(request.url).searchParams;
  const programmeId = search.get("programme") ?? "";
  const view: ExportView = search.get("view") === "tranches" ? "tranches" : "grants";
  const user = await getCurrentUser();
  const requestContext = await readRequestContext();
  const membership = user?.memberships.find((m) => m.organisation.slug === org);
  const deny = async (reason: string) => {
    const organisationId = membership?.organisation.id ?? null;
    await runWithTenant({ userId: user?.id ?? null, organisationId }, () =>
      recordDenial({
        organisationId,
        actorId: user?.id ?? null,
        ...requestContext,
        permission: "grant.report",
        reason: `export-programme-grants: ${reason}`,
      }),
    ).catch(() => undefined);
    return NOT_FOUND();
  };
  if (!user || !membership) return deny(`not a member of ${org}`);
  const isAllowed =
    membership.organisation.kind === "OPERATOR" && roleCan(membership.role, "grant.report");
  if (!isAllowed) return deny(`role ${membership.role} lacks grant.report`);
  if (!programmeId || programmeId.length > 64) return deny("no programme named");

  const tenant = { userId: user.id, organisationId: membership.organisation.id };
  const exported = await runWithTenant(tenant, async () => {
    const built = await buildProgrammeBudgetExport(membership.organisation.id, programmeId, view);
    if (!built) return null;
    await recordAuditEvent(db, {
      organisationId: membership.organisation.id,
      actorId: user.id,
      action: "grant.export",
      targetType: "Programme",
      targetId: built.programme.id,
      after: { view, rows: built.rowCount, fileName: built.fileName },
      ...requestContext,
    });
    return built;
  });
  if (!exported) return deny(`programme ${programmeId} not visible to ${org}`);
  return new Response(exported.csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": contentDisposition(exported.fileName, "attachment"),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
