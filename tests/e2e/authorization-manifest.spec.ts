import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ACTION_MATRIX, ROUTE_MATRIX } from "../authorization/action-matrix";
import { readBuiltActions, REPO_ROOT } from "./support/server-actions";

// The authorization matrix (tests/authorization/action-matrix.ts) must describe exactly what
// the build exposes: a server action or a route handler nobody thought about is a hole.

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

// Metadata files (app/icon.png, app/robots.ts, app/sitemap.ts…) are built as routes too, but
// they are static, public by definition and not `route.ts` files.
const METADATA_ROUTE =
  /\/(?:favicon\.ico|(?:icon|apple-icon|opengraph-image|twitter-image)[^/]*|robots\.txt|sitemap[^/]*\.xml|manifest\.(?:json|webmanifest))\/route$/;

const keyOf = (file: string, exportedName: string) => `${file}#${exportedName}`;

/** Every `route.ts`/`route.js` under app/, repository-relative. */
function routeHandlerFiles(directory = path.join(REPO_ROOT, "app")): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return routeHandlerFiles(full);
    return /^route\.(ts|js|tsx|jsx|mts|mjs)$/.test(entry.name)
      ? [path.relative(REPO_ROOT, full).split(path.sep).join("/")]
      : [];
  });
}

/** `app/(group)/api/x/[id]/route.ts` → `/api/x/[id]`: the URL pattern, route groups dropped. */
function routeOf(file: string): string {
  const segments = path.posix
    .dirname(file)
    .split("/")
    .slice(1) // "app"
    .filter((segment) => !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
  return `/${segments.join("/")}`;
}

/** The HTTP methods a route file exports (function, const or `export { handler as GET }`). */
function exportedMethods(file: string): string[] {
  const source = readFileSync(path.join(REPO_ROOT, file), "utf8");
  const found = new Set<string>();
  for (const method of HTTP_METHODS) {
    const direct = new RegExp(
      `export\\s+(?:async\\s+)?(?:function\\s*\\*?|const|let|var)\\s+${method}\\b`,
    );
    if (direct.test(source)) found.add(method);
  }
  for (const [, names] of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const specifier of (names ?? "").split(",")) {
      const exported = specifier
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (exported && (HTTP_METHODS as readonly string[]).includes(exported)) found.add(exported);
    }
  }
  return [...found].sort();
}

test.describe("authorization matrix covers the build", () => {
  test("every server action in the build has a matrix row, and every row a built action", () => {
    const built = readBuiltActions();
    const builtKeys = new Set(built.map((action) => keyOf(action.filename, action.exportedName)));
    const matrixKeys = ACTION_MATRIX.map((row) => keyOf(row.file, row.exportedName));

    console.log(
      `server actions: ${builtKeys.size} in the build, ${matrixKeys.length} rows in ACTION_MATRIX`,
    );
    expect(built.length, "the build lists no server action: is .next stale?").toBeGreaterThan(0);

    const withoutRow = [...builtKeys].filter((key) => !matrixKeys.includes(key)).sort();
    expect
      .soft(withoutRow, "server actions without a row in tests/authorization/action-matrix.ts")
      .toEqual([]);

    const stale = matrixKeys.filter((key) => !builtKeys.has(key)).sort();
    expect.soft(stale, "ACTION_MATRIX rows naming an action that is not in the build").toEqual([]);

    const duplicates = matrixKeys.filter((key, index) => matrixKeys.indexOf(key) !== index);
    expect(duplicates, "ACTION_MATRIX rows listed twice").toEqual([]);
  });

  test("every route handler under app/ has a ROUTE_MATRIX row with its methods", () => {
    const files = routeHandlerFiles();
    const matrixRoutes: string[] = ROUTE_MATRIX.map((row) => row.route);
    console.log(
      `route handlers: ${files.length} under app/**/route.ts, ${matrixRoutes.length} rows in ROUTE_MATRIX`,
    );
    expect(files.length, "no route handler found under app/").toBeGreaterThan(0);

    const sourceRoutes = files.map(routeOf);
    expect(
      sourceRoutes.filter((route) => !matrixRoutes.includes(route)).sort(),
      "route handlers without a row in ROUTE_MATRIX",
    ).toEqual([]);
    expect(
      matrixRoutes.filter((route) => !sourceRoutes.includes(route)).sort(),
      "ROUTE_MATRIX rows naming a route that has no route.ts",
    ).toEqual([]);

    for (const file of files) {
      const row = ROUTE_MATRIX.find((candidate) => candidate.route === routeOf(file));
      expect(exportedMethods(file), `methods ${file} exports vs its ROUTE_MATRIX row`).toEqual(
        [...(row?.methods ?? [])].sort(),
      );
    }
  });

  test("every route handler in the build is a route.ts in the matrix", () => {
    const manifest = JSON.parse(
      readFileSync(path.join(REPO_ROOT, ".next", "server", "app-paths-manifest.json"), "utf8"),
    ) as Record<string, string>;
    const builtRoutes = Object.keys(manifest)
      .filter((entry) => entry.endsWith("/route") && !METADATA_ROUTE.test(entry))
      .map((entry) =>
        entry
          .slice(0, -"/route".length)
          .split("/")
          .filter((segment) => !/^\(.*\)$/.test(segment) && !segment.startsWith("@"))
          .join("/"),
      );
    console.log(`route handlers in the build: ${builtRoutes.length}`);
    const matrixRoutes: string[] = ROUTE_MATRIX.map((row) => row.route);
    expect(
      builtRoutes.filter((route) => !matrixRoutes.includes(route)).sort(),
      "built route handlers without a row in ROUTE_MATRIX",
    ).toEqual([]);
  });
});
