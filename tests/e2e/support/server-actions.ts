import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";

export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..", "..");

/** One server action of the build, as `next build` lists it. */
export type BuiltAction = {
  id: string;
  /** Repository-relative source file, e.g. `lib/actions/members/change-member-role.ts`. */
  filename: string;
  exportedName: string;
  /** The app entries (pages) whose bundles include the action. */
  workers: string[];
};

type ManifestEntry = {
  workers?: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
};

/**
 * Every server action of the production build, from
 * `.next/server/server-reference-manifest.json` (written by `next build`).
 */
export function readBuiltActions(): BuiltAction[] {
  const manifestPath = path.join(REPO_ROOT, ".next", "server", "server-reference-manifest.json");
  let raw: string;
  try {
    raw = readFileSync(manifestPath, "utf8");
  } catch {
    throw new Error(`${manifestPath} is missing: run \`npm run build\` before the e2e tests.`);
  }
  const manifest = JSON.parse(raw) as {
    node?: Record<string, ManifestEntry>;
    edge?: Record<string, ManifestEntry>;
  };
  return [...Object.entries(manifest.node ?? {}), ...Object.entries(manifest.edge ?? {})].map(
    ([id, entry]) => {
      if (!entry.filename || !entry.exportedName) {
        throw new Error(`Server action ${id} has no filename/exportedName in the manifest`);
      }
      return {
        id,
        filename: entry.filename.split(path.sep).join("/"),
        exportedName: entry.exportedName,
        workers: Object.keys(entry.workers ?? {}),
      };
    },
  );
}

/** The id Next gave `exportedName` from `filename` in this build. */
export function serverActionId(filename: string, exportedName: string): string {
  const matches = readBuiltActions().filter(
    (action) => action.filename === filename && action.exportedName === exportedName,
  );
  if (matches.length !== 1) {
    throw new Error(
      `Expected one built server action ${filename}#${exportedName}, found ${matches.length}`,
    );
  }
  return matches[0]!.id;
}

export type ActionCall = {
  /** The page the action is posted to, e.g. `/hkstp/members`. */
  path: string;
  actionId: string;
  /** The action's arguments (what the client passes to the action function). */
  args: unknown[];
  /** Extra or overriding headers (Origin, Sec-Fetch-Site, User-Agent, cookies…). */
  headers?: Record<string, string>;
};

/**
 * Posts a server action exactly as the browser does (recorded from a real call on the
 * members page): `Next-Action` names the action, the body is the JSON array of arguments as
 * `text/plain`, `Accept: text/x-component`, and the Origin is the app's own.
 */
export async function postServerAction(
  request: APIRequestContext,
  baseURL: string,
  call: ActionCall,
): Promise<{ response: APIResponse; body: string }> {
  const response = await request.post(call.path, {
    headers: {
      "Next-Action": call.actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: new URL(baseURL).origin,
      ...call.headers,
    },
    data: JSON.stringify(call.args),
    maxRedirects: 0,
  });
  return { response, body: await response.text() };
}

/**
 * The action's return value from a React Server Components (flight) response: row 0 points
 * at the row holding it (`"a":"$@1"`). Null when the body is not an action result.
 */
export function actionResultOf(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const separator = line.indexOf(":");
    if (separator > 0) rows.set(line.slice(0, separator), line.slice(separator + 1));
  }
  try {
    const head = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    const pointer = typeof head?.a === "string" ? /^\$@([0-9a-f]+)$/.exec(head.a) : null;
    if (!pointer?.[1]) return null;
    return JSON.parse(rows.get(pointer[1]) ?? "null") as unknown;
  } catch {
    return null;
  }
}
