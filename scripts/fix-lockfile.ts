/**
 * The npm registry mirror on our machines answers 404 for other platforms' optional binaries
 * (e.g. @next/swc-darwin-arm64), so `npm install` leaves them out of package-lock.json and
 * `npm ci` then refuses the lock as out of sync. This adds the missing optional entries, with
 * the os/cpu npm uses to skip them on other platforms, exactly as a lock written with full
 * registry access would hold them. Run after every `npm install`: `npm run lock:fix`.
 */
import fs from "node:fs";

type LockPackage = {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
};
type Lock = { packages: Record<string, LockPackage> };

const OS = [
  "darwin",
  "linux",
  "win32",
  "android",
  "freebsd",
  "openharmony",
  "sunos",
  "aix",
  "netbsd",
  "openbsd",
];
const CPU = [
  "arm64",
  "x64",
  "arm",
  "ia32",
  "ppc64",
  "s390x",
  "riscv64",
  "loong64",
  "wasm32",
  "mips64el",
];

/** os/cpu/libc guessed from a platform package's name, e.g. "@next/swc-linux-x64-musl". */
export function platformOf(name: string): Pick<LockPackage, "os" | "cpu" | "libc"> {
  const parts = name.split("/").pop()?.split("-") ?? [];
  const os = OS.find((candidate) => parts.includes(candidate));
  const cpu = CPU.find((candidate) => parts.includes(candidate));
  const libc =
    parts.includes("musl") || parts.includes("musleabihf")
      ? "musl"
      : parts.includes("gnu")
        ? "glibc"
        : null;
  return {
    ...(os ? { os: [os] } : {}),
    ...(cpu ? { cpu: [cpu] } : {}),
    ...(libc && os === "linux" ? { libc: [libc] } : {}),
  };
}

function exactVersion(spec: string): string | null {
  return /^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec) ? spec : null;
}

const file = "package-lock.json";
const lock = JSON.parse(fs.readFileSync(file, "utf8")) as Lock;
let added = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ""}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    const version = exactVersion(spec.replace(/^[\^~]/, ""));
    if (!version) continue;
    lock.packages[hoisted] = { version, optional: true, ...platformOf(name) };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === "" ? -1 : b === "" ? 1 : a.localeCompare(b),
  ),
);
fs.writeFileSync(file, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(`package-lock.json: added ${added} optional platform entries`);
