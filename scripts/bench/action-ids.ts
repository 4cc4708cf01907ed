import fs from "node:fs";
import path from "node:path";

/** A lookup of a server action's id in this build, from its source file and export name. */
export function readActionIds(): (file: string, exportName: string) => string | null {
  const file = path.join(".next", "server", "server-reference-manifest.json");
  const manifest = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, "utf8")) as {
        node?: Record<string, { filename?: string; exportedName?: string }>;
      })
    : {};
  return (source, exportName) => {
    for (const [id, entry] of Object.entries(manifest.node ?? {})) {
      if (entry.exportedName === exportName && entry.filename?.endsWith(source)) return id;
    }
    return null;
  };
}
