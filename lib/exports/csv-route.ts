import "server-only";
import { recordAuditEvent, recordDenial } from "@/lib/audit";
import { roleCan, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser, type SessionMembership, type SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { toCsv, type CsvCell } from "@/lib/domain/csv";
import { unavailableResponseFor } from "@/lib/errors/unavailable";
import { readRequestContext } from "@/lib/request-context";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { contentDisposition } from "@/lib/uploads/http";

export type CsvExport = {
  /** Without the extension; the date is added: `cohort-2026-11-22.csv`. */
  fileName: string;
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
  /** What the audit event points at (default: the organisation). */
  target?: { type: string; id: string };
};

export type CsvBuildInput = {
  organisationId: string;
  user: SessionUser;
  membership: SessionMembership;
  searchParams: URLSearchParams;
};

const NOT_FOUND = () =>
  Response.json(
    { error: { code: "NOT_FOUND", message: "That page or record does not exist." } },
    { status: 404, headers: { "cache-control": "private, no-store" } },
  );

/**
 * A GET route handler that serves one list as CSV (UTF-8 with BOM, formula-safe cells) to the
 * members of an operator whose role has `permission`. Anyone else, and a `build` that returns
 * null (a record outside the organisation), gets 404 and leaves an `access.denied` event; every
 * export is an audit event (`<name>.export`). `build` runs inside the tenant's context, so row-level
 * security applies to every query it makes.
 *
 * `export const GET = csvExportRoute({ name: "cohort", permission: "enrolment.read", build })`
 */
export function csvExportRoute({
  name,
  permission,
  operatorOnly = true,
  build,
}: {
  name: string;
  permission: Permission;
  operatorOnly?: boolean;
  build: (input: CsvBuildInput) => Promise<CsvExport | null>;
}) {
  return async function GET(
    request: Request,
    context: { params: Promise<{ org: string }> },
  ): Promise<Response> {
    try {
      return await serve(request, context);
    } catch (error) {
      // The database is down: 503 JSON with Retry-After, not a 500.
      const unavailable = unavailableResponseFor(error);
      if (unavailable) return unavailable;
      throw error;
    }
  };

  async function serve(
    request: Request,
    { params }: { params: Promise<{ org: string }> },
  ): Promise<Response> {
    const { org } = await params;
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
          permission,
          reason: `export-${name}: ${reason}`,
        }),
      ).catch(() => undefined);
      return NOT_FOUND();
    };
    if (!user || !membership) return deny(`not a member of ${org}`);
    if (operatorOnly && membership.organisation.kind !== "OPERATOR") {
      return deny(`${org} is not an operator`);
    }
    if (!roleCan(membership.role, permission)) {
      return deny(`role ${membership.role} lacks ${permission}`);
    }

    const organisationId = membership.organisation.id;
    const searchParams = new URL(request.url).searchParams;
    const exported = await runWithTenant({ userId: user.id, organisationId }, async () => {
      const built = await build({ organisationId, user, membership, searchParams });
      if (!built) return null;
      await recordAuditEvent(db, {
        organisationId,
        actorId: user.id,
        action: `${name}.export`,
        targetType: built.target?.type ?? "Organisation",
        targetId: built.target?.id ?? organisationId,
        after: { rows: built.rows.length, filters: Object.fromEntries(searchParams) },
        ...requestContext,
      });
      return built;
    });
    if (!exported) return deny("no such record in the organisation");

    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Hong_Kong" }).format(new Date());
    return new Response(toCsv(exported.header, exported.rows), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": contentDisposition(`${exported.fileName}-${day}.csv`, "attachment"),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  }
}
