import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_MATRIX } from "../../authorization/action-matrix";

// The fuzz files take their actions from the authorization matrix; this keeps the matrix (and
// so the fuzzing) complete: every exported server action of lib/actions is one of its rows.
function serverActionExports(): string[] {
  const root = path.join(process.cwd(), "lib/actions");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter(
    (file) => file.endsWith(".ts") && !file.endsWith(".test.ts"),
  );
  return files.flatMap((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    if (!/^["']use server["'];?/m.test(source)) return [];
    const names = [...source.matchAll(/^export (?:const|async function) (\w+)/gm)].map(
      (match) => match[1],
    );
    return names.map((name) => `lib/actions/${file.split(path.sep).join("/")}#${name}`);
  });
}

describe("fuzz coverage", () => {
  it("fuzzes every exported server action: each is a row of the authorization matrix", () => {
    const rows = ACTION_MATRIX.map((row) => `${row.file}#${row.exportedName}`);
    const actions = serverActionExports();
    expect(actions.length).toBeGreaterThan(50);
    expect(actions.filter((action) => !rows.includes(action))).toEqual([]);
  });
});
