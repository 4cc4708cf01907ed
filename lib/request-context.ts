import "server-only";
import { headers } from "next/headers";

export type RequestContext = { ipAddress: string | null; userAgent: string | null };

/** Client address and user agent of the current request, for audit and rate limits. */
export async function readRequestContext(): Promise<RequestContext> {
  const list = await headers();
  const forwarded = list.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ipAddress: forwarded || list.get("x-real-ip") || null,
    userAgent: list.get("user-agent"),
  };
}
