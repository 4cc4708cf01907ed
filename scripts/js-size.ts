/**
 * `npm run size:js` (after `next build`): the gzip'd JavaScript each page ships on first load,
 * read from the build's manifests: the root main files (framework, runtime) plus every chunk
 * the page's layouts, boundaries and page entry need (its client reference manifest's
 * `entryJSFiles`). Lazily loaded chunks are not counted; the legacy polyfills (`nomodule`)
 * are not either. Exits 1 when a main page (scripts/bench/pages.ts) ships more than the
 * limit (default 150 kB).
 *
 *   npm run size:js [-- --limit-kb 150] [--json]
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";
import { BENCH_PAGES } from "./bench/pages";

const NEXT_DIR = ".next";

type RouteSize = { route: string; files: string[]; gzipBytes: number; isMain: boolean };

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

function findManifests(directory: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const child = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...findManifests(child));
    else if (entry.name === "page_client-reference-manifest.js") found.push(child);
  }
  return found;
}

/** The manifest's entries → chunk files (next writes it as a script assigning a global). */
function entryJsFiles(manifestFile: string): Map<string, string[]> {
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } =
    {};
  vm.runInNewContext(fs.readFileSync(manifestFile, "utf8"), sandbox);
  const files = new Map<string, string[]>();
  for (const [page, manifest] of Object.entries(sandbox.__RSC_MANIFEST ?? {})) {
    files.set(page, Object.values(manifest.entryJSFiles ?? {}).flat());
  }
  return files;
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(path.join(NEXT_DIR, file))).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** "/(app)/[org]/reviews/page" → "(app)/[org]/reviews" (the folder under app/). */
function routeOf(page: string): string {
  return page.replace(/^\//, "").replace(/\/?page$/, "") || "(root)";
}

/** Where the bytes go: the biggest chunks and how many pages load each. */
function printLargestChunks(sizes: RouteSize[], rootMainFiles: string[]): void {
  const users = new Map<string, number>();
  for (const size of sizes)
    for (const file of size.files) users.set(file, (users.get(file) ?? 0) + 1);
  const largest = [...users.keys()].sort((a, b) => gzipSize(b) - gzipSize(a)).slice(0, 10);
  console.log(`\nLargest chunks (kB gzip, pages loading it):`);
  for (const file of largest) {
    const note = rootMainFiles.includes(file) ? "  root main file (framework and runtime)" : "";
    console.log(
      `  ${(gzipSize(file) / 1024).toFixed(1).padStart(6)}  ${String(users.get(file)).padStart(3)}  ${file}${note}`,
    );
  }
}

function main(): number {
  const argv = process.argv.slice(2);
  const limitIndex = argv.indexOf("--limit-kb");
  const limitKb = limitIndex === -1 ? 150 : Number(argv[limitIndex + 1]);
  const buildManifest = path.join(NEXT_DIR, "build-manifest.json");
  if (!fs.existsSync(buildManifest)) {
    console.error("No build found: run `npm run build` first.");
    return 1;
  }
  const { rootMainFiles = [] } = readJson<{ rootMainFiles?: string[] }>(buildManifest);
  const mainRoutes = new Set(BENCH_PAGES.map((page) => `(app)/${page.route}`));
  const sizes: RouteSize[] = [];
  for (const manifest of findManifests(path.join(NEXT_DIR, "server", "app"))) {
    for (const [page, files] of entryJsFiles(manifest)) {
      const route = routeOf(page);
      const unique = [...new Set([...rootMainFiles, ...files])].filter((file) =>
        file.endsWith(".js"),
      );
      sizes.push({
        route,
        files: unique,
        gzipBytes: unique.reduce((sum, file) => sum + gzipSize(file), 0),
        isMain: mainRoutes.has(route),
      });
    }
  }
  sizes.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const overLimit = sizes.filter((size) => size.isMain && size.gzipBytes > limitKb * 1024);
  if (argv.includes("--json")) {
    const routes = sizes.map(({ files, ...size }) => ({ ...size, files: files.length }));
    console.log(
      JSON.stringify({ limitKb, routes, overLimit: overLimit.map((size) => size.route) }, null, 2),
    );
  } else {
    const width = Math.max(5, ...sizes.map((size) => size.route.length));
    console.log(
      `${"Route".padEnd(width)}  ${"Files".padStart(5)}  ${"kB gzip".padStart(8)}  Main page`,
    );
    for (const size of sizes) {
      const kilobytes = (size.gzipBytes / 1024).toFixed(1);
      const verdict = size.isMain
        ? size.gzipBytes > limitKb * 1024
          ? `OVER ${limitKb} kB`
          : "ok"
        : "";
      console.log(
        `${size.route.padEnd(width)}  ${String(size.files.length).padStart(5)}  ${kilobytes.padStart(8)}  ${verdict}`,
      );
    }
    printLargestChunks(sizes, rootMainFiles);
    console.log(
      overLimit.length === 0
        ? `\nEvery main page ships at most ${limitKb} kB of gzip'd JavaScript on first load.`
        : `\n${overLimit.length} main page(s) over ${limitKb} kB: ${overLimit.map((size) => size.route).join(", ")}`,
    );
  }
  return overLimit.length === 0 ? 0 : 1;
}

process.exit(main());
