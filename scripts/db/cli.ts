/** Small helpers shared by the runnable scripts in scripts/db. */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** True when the module with this `import.meta.url` is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && path.resolve(entry) === fileURLToPath(moduleUrl);
}

/** Runs `main`, printing an error's message (not a stack) and setting a failing exit code. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (process.env.DEBUG && error instanceof Error && error.stack) console.error(error.stack);
    process.exitCode = 1;
  });
}
