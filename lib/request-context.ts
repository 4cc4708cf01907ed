import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom } from "@/lib/auth/client-address";

export type RequestContext = { ipAddress: string | null; userAgent: string | null };

/** Client address (only as our trusted proxies report it) and user agent, for audit events. */
export async function readRequestContext(): Promise<RequestContext> {
  const list = await headers();
  return {
    ipAddress: clientAddressFrom(list.get("x-forwarded-for")),
    userAgent: list.get("user-agent"),
  };
}
