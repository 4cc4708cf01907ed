import type { Principal } from "./principals";

/** One server action's row: who may perform it on a tenant-A record. */
export type ActionRow = {
  file: string;
  exportedName: string;
  /** The permission in lib/auth/permissions.ts, or why none is needed. */
  permission: string;
  allowed: readonly Principal[];
};
