/**
 * Runs the Prisma CLI offline. Prisma 7 downloads its native schema engine before generate,
 * validate, format and migrate, even though generate/validate/format do not use it; the
 * download cannot work here. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips
 * it. (`migrate` commands really need the engine and still fail: use scripts/db instead.)
 *
 *   tsx scripts/db/prisma-cli.ts validate | format | generate …
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

import { isMain } from "./cli";
import { REPO_ROOT } from "./paths";

/** Environment for an offline Prisma CLI run. Values already set by the caller win. */
export function offlinePrismaEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...env,
    // Any existing file will do: generate/validate/format never execute it.
    PRISMA_SCHEMA_ENGINE_BINARY: env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    // No update check or telemetry request to checkpoint.prisma.io.
    CHECKPOINT_DISABLE: env.CHECKPOINT_DISABLE ?? "1",
    PRISMA_HIDE_UPDATE_MESSAGE: env.PRISMA_HIDE_UPDATE_MESSAGE ?? "1",
  };
}

/** Runs `prisma <args>` from the repository root; resolves with the exit code. */
export function runPrismaCli(args: readonly string[]): Promise<number> {
  const require = createRequire(import.meta.url);
  const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: REPO_ROOT,
      env: offlinePrismaEnv(),
      stdio: "inherit",
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (isMain(import.meta.url)) {
  runPrismaCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
