import path from "node:path";
import type { FileStorage } from "./file-storage";
import { createLocalStorage } from "./local-storage";
import { createS3Storage } from "./s3-storage";

export type { FileStorage } from "./file-storage";

const S3_VARIABLES = [
  "S3_ENDPOINT",
  "S3_REGION",
  "S3_BUCKET",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
] as const;

/**
 * The configured storage: S3-compatible when all five S3_* variables are set, local disk
 * (STORAGE_DIR, default .data/uploads) otherwise. Half a configuration is an error, not a
 * silent fallback to one machine's disk.
 */
export function storageFromEnvironment(
  env: Readonly<Record<string, string | undefined>> = process.env,
): FileStorage {
  const set = S3_VARIABLES.filter((name) => env[name]);
  if (set.length === S3_VARIABLES.length) {
    return createS3Storage({
      endpoint: env.S3_ENDPOINT!,
      region: env.S3_REGION!,
      bucket: env.S3_BUCKET!,
      accessKeyId: env.S3_ACCESS_KEY_ID!,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    });
  }
  if (set.length > 0) {
    const missing = S3_VARIABLES.filter((name) => !env[name]);
    throw new Error(`S3 storage is half configured: also set ${missing.join(", ")}`);
  }
  return createLocalStorage(env.STORAGE_DIR ?? path.join(process.cwd(), ".data", "uploads"));
}

let storage: FileStorage | undefined;

/** The process's storage, chosen once from the environment. */
export function getStorage(): FileStorage {
  storage ??= storageFromEnvironment();
  return storage;
}

/** Tests swap in their own storage. */
export function setStorageForTests(replacement: FileStorage | undefined): void {
  storage = replacement;
}
