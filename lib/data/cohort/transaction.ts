import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";

/** A transaction client (or `db` itself) for the cohort, mentor and coaching loaders. */
export type Transaction = Omit<Database, ITXClientDenyList>;
