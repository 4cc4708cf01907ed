import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";

/** The client a `db.$transaction(async (tx) => …)` callback gets (it carries the tenant). */
export type Transaction = Omit<Database, ITXClientDenyList>;
