/** Builds the app if the sources are newer than the last build, then runs `next start`. */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/demo-accounts";

const SOURCES = [
  "app",
  "components",
  "lib",
  "prisma/schema.prisma",
  "package-lock.json",
  "next.config.ts",
  "proxy.ts",
];
const IGNORED = new Set(["generated", "node_modules"]);

function newestModification(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (IGNORED.has(child)) continue;
    newest = Math.max(newest, newestModification(path.join(entry, child)));
  }
  return newest;
}

function isBuildCurrent(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestModification(source) <= builtAt);
}

if (!isBuildCurrent()) {
  console.log("Building Incubase (first run or sources changed)...");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
console.log(`\nIncubase is starting at http://localhost:${port}\n`);
console.log(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
console.table(DEMO_ACCOUNTS.map(({ role, email }) => ({ role, email })));

// Node runs Next's own bin directly: `npx` exits on SIGTERM without passing the signal on, which
// left `next start` running on its own and skipped its drain.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const server = spawn(process.execPath, [nextBin, "start", "-p", port], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
