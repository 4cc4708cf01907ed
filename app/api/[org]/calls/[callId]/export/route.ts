import { recordAuditEvent, recordDenial } from "@/lib/audit";
import { roleCan } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { buildCallExport } from "@/lib/data/reviews/call-export";
import { readCallApplicationFilters } from "@/lib/data/reviews/call-application-filters";
import { db } from "@/lib/db";
import { readRequestContext } from "@/lib/request-context";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { contentDisposition } from "@/lib/uploads/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ org: string; callId: string }> };

const NOT_FOUND = () =>
  Response.json(
    { error: { code: "NOT_FOUND", message: "That page or record does not exist." } },
    { status: 404, headers: { "cache-control": "private, no-store" } },
  );

/**
 * A call's applications with their scores as CSV (UTF-8 with BOM, formula-safe cells), for the
 * operator's officers and admins only. Anyone else, and any call outside the organisation, gets
 * 404 and leaves an `access.denied` event; every export is in the audit trail. `?status=&q=` filter
 * it like the officer's list.
 */
export async function GET(request: Request, { params }: Context) {
  const { org, callId } = await params;
  const user = await getCurrentUser();
  const requestContext = await readRequestContext();
  const membership = user?.memberships.find((m) => m.organisation.slug === org);
  const isAllowed =
    membership?.organisation.kind === "OPERATOR" && roleCan(membership.role, "application.export");
  const deny = async (reason: string) => {
    const organisationId = membership?.organisation.id ?? null;
    await runWithTenant({ userId: user?.id ?? null, organisationId }, () =>
      recordDenial({
        organisationId,
        actorId: user?.id ?? null,
        ...requestContext,
        permission: "application.export",
        reason: `export-call-applications: ${reason}`,
      }),
    ).catch(() => undefined);
    return NOT_FOUND();
  };
  if (!user || !membership) return deny(`not a member of ${org}`);
  if (!isAllowed) return deny(`role ${membership.role} lacks application.export`);

  const tenant = { userId: user.id, organisationId: membership.organisation.id };
  const exported = await runWithTenant(tenant, async () => {
    const filters = readCallApplicationFilters(new URL(request.url).searchParams);
    const built = await buildCallExport(membership.organisation.id, callId, new Date(), filters);
    if (!built) return null;
    await recordAuditEvent(db, {
      organisationId: membership.organisation.id,
      actorId: user.id,
      action: "call.export_applications",
      targetType: "Call",
      targetId: built.call.id,
      after: {
        rows: built.rowCount,
        fileName: built.fileName,
        filters: { status: filters.status ?? null, search: filters.search ?? null },
      },
      ...requestContext,
    });
    return built;
  });
  if (!exported) return deny(`call ${callId} not visible to ${org}`);
  return new Response(exported.csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": contentDisposition(exported.fileName, "attachment"),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
