import { formatHkDateTime } from "@/lib/domain/dates";
import { formatHkd } from "@/lib/domain/money";
import { membershipRoleLabels } from "@/lib/domain/membership-roles";

/** One line of an audit event's diff: a field and its value before and/or after. */
export type AuditChange = { field: string; from?: string; to?: string };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const MONEY_FIELD = /_?cents$/i; // audit snapshots keep money as integer cents: "amountCents"
const INTEGER = /^-?\d+$/;
const ENUM_VALUE = /^[A-Z][A-Z_]+$/; // statuses and other enum values: "FINANCE_APPROVED"
const MAX_VALUE_LENGTH = 80;

function asRecord(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  return { value };
}

/** "expiresAt" → "expires at", "membership_id" → "membership id", "amountCents" → "amount". */
function humaniseField(field: string): string {
  return field
    .replace(MONEY_FIELD, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replaceAll("_", " ")
    .toLowerCase();
}

function formatValue(value: unknown, isMoney: boolean): string {
  if (
    isMoney &&
    (typeof value === "string" || typeof value === "number") &&
    INTEGER.test(String(value))
  ) {
    return formatHkd(BigInt(value));
  }
  if (typeof value === "string") {
    if (value in membershipRoleLabels)
      return membershipRoleLabels[value as keyof typeof membershipRoleLabels];
    if (ENUM_VALUE.test(value))
      return value.charAt(0) + value.slice(1).toLowerCase().replaceAll("_", " ");
    if (ISO_INSTANT.test(value)) return `${formatHkDateTime(new Date(value))} HKT`;
    return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH - 1)}…` : value;
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (value === null) return "none";
  const json = JSON.stringify(value);
  return json.length > MAX_VALUE_LENGTH ? `${json.slice(0, MAX_VALUE_LENGTH - 1)}…` : json;
}

/**
 * The fields an audit event's before/after snapshots differ in, in a readable form. Fields
 * equal on both sides are left out; a field on one side only is shown as set or cleared.
 */
export function summariseAuditChange(before: unknown, after: unknown): AuditChange[] {
  const from = asRecord(before);
  const to = asRecord(after);
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const hasBefore = field in from && from[field] !== undefined;
    const hasAfter = field in to && to[field] !== undefined;
    if (hasBefore && hasAfter && JSON.stringify(from[field]) === JSON.stringify(to[field]))
      continue;
    const isMoney = MONEY_FIELD.test(field);
    changes.push({
      field: humaniseField(field),
      ...(hasBefore ? { from: formatValue(from[field], isMoney) } : {}),
      ...(hasAfter ? { to: formatValue(to[field], isMoney) } : {}),
    });
  }
  return changes;
}
