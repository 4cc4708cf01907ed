/**
 * Prisma's schema engine, run as WebAssembly, for computing migration SQL offline.
 *
 * The Prisma 7 CLI wants to download a native schema engine for `migrate` commands;
 * that download is impossible here. `@prisma/schema-engine-wasm` (pinned in package.json)
 * does the same diffing in-process. It needs a driver adapter connected to a reachable
 * PostgreSQL (it reads the server version), but `diffSchemas` never introspects that
 * database: both sides of the diff are Prisma datamodels. Introspecting a live database
 * through @prisma/adapter-pg fails (it cannot decode the `"char"` type), so this module
 * deliberately offers no way to diff from a database.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { DiffTarget, SchemaEngine } from "@prisma/schema-engine-wasm";

type SchemaEngineBindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

/** What the engine prints for a diff without changes (kept for callers that compare text). */
export const EMPTY_MIGRATION_SQL = "-- This is an empty migration.";

let bindingsPromise: Promise<SchemaEngineBindings> | undefined;

/**
 * Instantiates the engine's WebAssembly module once per process. The package's own entry
 * (`schema_engine.js`) does `import * as wasm from "./schema_engine_bg.wasm"`, which Node
 * cannot load; this does the same wiring by hand: the `schema_engine_bg.js` exports are the
 * wasm imports, and the wasm exports are handed back through `__wbg_set_wasm`.
 */
function loadBindings(): Promise<SchemaEngineBindings> {
  bindingsPromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgJsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    // SCHEMA_ENGINE_WASM overrides the module, e.g. with node_modules/prisma/build/
    // schema_engine_bg.wasm (the build the CLI bundles, same wasm-bindgen interface) to compare.
    const wasmPath =
      process.env.SCHEMA_ENGINE_WASM ?? path.join(path.dirname(bgJsPath), "schema_engine_bg.wasm");
    const bindings: SchemaEngineBindings =
      await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(wasmPath);
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return bindingsPromise;
}

export type SchemaEngineHandle = {
  engine: SchemaEngine;
  /** Frees the engine and closes every connection pool it opened. */
  dispose: () => Promise<void>;
};

export type SchemaEngineOptions = {
  /** Receives the engine's log lines (JSON strings). Ignored by default. */
  onLog?: (line: string) => void;
};

/**
 * Constructs a wasm schema engine connected to `databaseUrl` (default: env DATABASE_URL)
 * through PrismaPg. Always call `dispose()` (the pg pools keep the process alive otherwise).
 */
export async function createSchemaEngine(
  databaseUrl: string | undefined = process.env.DATABASE_URL,
  options: SchemaEngineOptions = {},
): Promise<SchemaEngineHandle> {
  if (!databaseUrl) {
    throw new Error(
      "DATABASE_URL is not set. The schema engine needs a reachable PostgreSQL server " +
        "(run through `tsx scripts/run-with-db.ts -- …`, or set DATABASE_URL).",
    );
  }
  const bindings = await loadBindings();

  // Track every adapter the engine opens so that dispose() can close their pools.
  const opened: Array<{ dispose: () => Promise<void> }> = [];
  const pg = new PrismaPg({ connectionString: databaseUrl });
  const track = (adapter: Awaited<ReturnType<PrismaPg["connect"]>>) => {
    opened.push(adapter);
    // adapter-pg's executeScript splits scripts on every ";", which breaks `$$` function
    // bodies and DO blocks. Prisma's native engine sends a whole migration script as one
    // simple query; do the same (used by applyMigrations/dbExecute, e.g. in
    // verify-prisma-compat.ts; diff never executes scripts).
    adapter.executeScript = async (script: string) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (error) {
        (adapter as unknown as { onError: (error: unknown) => never }).onError(error);
      }
    };
    return adapter;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: pg.provider,
    adapterName: pg.adapterName,
    connect: async () => track(await pg.connect()),
    connectToShadowDb: async () => track(await pg.connectToShadowDb()),
  };
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(tracked);

  const onLog = options.onLog ?? (() => undefined);
  let engine: SchemaEngine;
  try {
    engine = await bindings.SchemaEngine.new({ datamodels: undefined }, onLog, adapterFactory);
  } catch (error) {
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    throw new Error(
      `Could not start the Prisma schema engine (wasm): ${describeEngineError(error)}`,
      {
        cause: error,
      },
    );
  }

  let disposed = false;
  return {
    engine,
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      engine.free();
      await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    },
  };
}

export type SchemaDiff = {
  /** The migration SQL, exactly as the engine renders it (Prisma's migration.sql format). */
  sql: string;
  /** True when the two datamodels produce the same database schema. */
  isEmpty: boolean;
};

/**
 * The "from" side of a first migration: a PostgreSQL database with nothing in it but its
 * `public` schema. Diffing from this (instead of the engine's `empty` target, which also
 * emits `CREATE SCHEMA IF NOT EXISTS "public"`) gives exactly what `prisma migrate dev`
 * writes for a first migration.
 */
export const EMPTY_POSTGRES_DATAMODEL = `datasource db {
  provider = "postgresql"
}
`;

function datamodelTarget(datamodel: string | null, fileName: string): DiffTarget {
  return {
    tag: "schemaDatamodel",
    files: [{ path: fileName, content: datamodel ?? EMPTY_POSTGRES_DATAMODEL }],
  };
}

/** Turns whatever the engine threw (Error, JSON string, object) into readable text. */
export function describeEngineError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") {
    try {
      return describeEngineError(JSON.parse(error) as unknown);
    } catch {
      return error;
    }
  }
  if (error && typeof error === "object") {
    const record = error as Record<string, unknown>;
    if (typeof record.message === "string") return record.message;
    return JSON.stringify(error, null, 2);
  }
  return String(error);
}

/**
 * Diffs two datamodels (schema.prisma contents; `null` = empty database) with an engine you
 * already hold. Schema validation errors surface as thrown errors with Prisma's message;
 * `labels` name the two sides in those messages.
 */
export async function diffWithEngine(
  engine: SchemaEngine,
  fromDatamodel: string | null,
  toDatamodel: string,
  labels: { from?: string; to?: string } = {},
): Promise<SchemaDiff> {
  let result;
  try {
    result = await engine.diff({
      from: datamodelTarget(fromDatamodel, labels.from ?? "from.prisma"),
      to: datamodelTarget(toDatamodel, labels.to ?? "to.prisma"),
      script: true,
      // With exitCode: true the engine reports 2 for a non-empty diff, 0 for none.
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
  } catch (error) {
    throw new Error(`Prisma schema engine diff failed:\n${describeEngineError(error)}`, {
      cause: error,
    });
  }
  const sql = result.stdout ?? "";
  return { sql, isEmpty: result.exitCode === 0 };
}

/** One-shot diff with full details: starts an engine on DATABASE_URL and disposes it. */
export async function diffSchemaDatamodels(
  fromDatamodel: string | null,
  toDatamodel: string,
  databaseUrl: string | undefined = process.env.DATABASE_URL,
  labels: { from?: string; to?: string } = {},
): Promise<SchemaDiff> {
  const handle = await createSchemaEngine(databaseUrl);
  try {
    return await diffWithEngine(handle.engine, fromDatamodel, toDatamodel, labels);
  } finally {
    await handle.dispose();
  }
}

/**
 * Returns the migration SQL that turns `fromDatamodel` (null = an empty PostgreSQL database,
 * see EMPTY_POSTGRES_DATAMODEL) into `toDatamodel`. When there is nothing to do the engine returns
 * "-- This is an empty migration."; use `isEmptyMigration` (or `diffSchemaDatamodels`,
 * whose result has `isEmpty`) to tell.
 */
export async function diffSchemas(
  fromDatamodel: string | null,
  toDatamodel: string,
): Promise<string> {
  return (await diffSchemaDatamodels(fromDatamodel, toDatamodel)).sql;
}

/** True when a migration script contains no SQL statements (only comments/whitespace). */
export function isEmptyMigration(sql: string): boolean {
  const withoutComments = sql
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .map((line) => line.replace(/--.*$/, "").trim())
    .join("");
  return withoutComments.length === 0;
}
