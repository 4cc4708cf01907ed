/**
 * `npm start`: one command from a fresh clone to a running app. Starts (or uses) PostgreSQL,
 * applies migrations, seeds the demo data, builds the app when the sources changed, prints
 * the demo sign-ins and serves http://localhost:3000.
 */
import { spawn } from "node:child_process";
import { ensureAppSecret } from "./app-secret";

ensureAppSecret();
process.env.PORT ??= "3000";
process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT}`;

const child = spawn(
  "npx",
  [
    "tsx",
    "scripts/run-with-db.ts",
    "--migrate",
    "--seed",
    "--",
    "npx",
    "tsx",
    "scripts/build-and-serve.ts",
  ],
  { stdio: "inherit", env: process.env },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code) => process.exit(code ?? 0));
