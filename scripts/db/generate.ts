/**
 * `npm run db:generate`: `prisma generate` without network access (see prisma-cli.ts).
 * Extra arguments are passed on, e.g. `npm run db:generate -- --watch`.
 */
import { isMain } from "./cli";
import { runPrismaCli } from "./prisma-cli";

if (isMain(import.meta.url)) {
  runPrismaCli(["generate", ...process.argv.slice(2)]).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
