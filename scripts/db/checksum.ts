/**
 * Migration checksums, computed exactly like Prisma's schema engine
 * (prisma-engines: schema-engine/connectors/schema-connector/src/checksum.rs):
 * sha256 of the migration.sql text, as 64 lower-case hex digits.
 */
import { createHash } from "node:crypto";

export function migrationChecksum(script: string): string {
  return createHash("sha256").update(script, "utf8").digest("hex");
}

/** Prisma's pre-2021 format: bytes rendered with `{:x}`, i.e. without zero padding. */
function legacyChecksum(script: string): string {
  return [...createHash("sha256").update(script, "utf8").digest()]
    .map((byte) => byte.toString(16))
    .join("");
}

/**
 * Whether `script` matches a recorded checksum. Like Prisma, it tolerates line-ending
 * changes (git autocrlf) and the legacy unpadded checksums of old Prisma versions.
 */
export function scriptMatchesChecksum(script: string, checksum: string): boolean {
  const variants = [script, script.replaceAll("\r\n", "\n"), script.replaceAll("\n", "\r\n")];
  const render =
    checksum.length !== 0 && checksum.length !== 64 ? legacyChecksum : migrationChecksum;
  return variants.some((variant) => render(variant) === checksum);
}
