import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";

/**
 * What every factory takes: the app's client or an interactive transaction of it, so the
 * seed can build everything inside one `$transaction` and tests can pass their own client.
 */
export type FactoryDatabase = Omit<Database, ITXClientDenyList>;
