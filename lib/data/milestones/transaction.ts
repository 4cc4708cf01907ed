import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";

/** An interactive transaction of the app's client (the tenant is already set on it). */
export type Transaction = Omit<Database, ITXClientDenyList>;
