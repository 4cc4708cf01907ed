import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the e2e harness. */
export async function GET() {
  try {
    await db.$queryRaw`select 1`;
    return Response.json({ status: "ok", database: "up" });
  } catch {
    return Response.json({ status: "unavailable", database: "down" }, { status: 503 });
  }
}
