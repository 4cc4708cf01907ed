import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { storageFromEnvironment } from "./index";
import { createLocalStorage } from "./local-storage";

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("local storage", () => {
  it("stores, reads back and deletes bytes under the root", async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "incubase-storage-"));
    const storage = createLocalStorage(root);
    await storage.put("org1/2026/abc", new Uint8Array([1, 2, 3]), "application/pdf");
    expect(Array.from((await storage.get("org1/2026/abc")) ?? [])).toEqual([1, 2, 3]);
    expect(await readdir(path.join(root, "org1", "2026"))).toEqual(["abc"]);
    await storage.delete("org1/2026/abc");
    expect(await storage.get("org1/2026/abc")).toBeNull();
  });

  it("refuses keys that could leave the root", async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "incubase-storage-"));
    const storage = createLocalStorage(root);
    for (const key of ["../outside", "/etc/passwd", "a/../../b", "A/B", ""]) {
      await expect(storage.put(key, new Uint8Array([1]), "text/plain")).rejects.toThrow(
        "Invalid storage key",
      );
    }
  });
});

describe("storageFromEnvironment", () => {
  it("uses S3 only when fully configured and refuses half a configuration", () => {
    expect(storageFromEnvironment({ STORAGE_DIR: "/tmp/x" }).kind).toBe("local");
    const s3 = {
      S3_ENDPOINT: "http://127.0.0.1:9000",
      S3_REGION: "ap-east-1",
      S3_BUCKET: "incubase",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
    };
    expect(storageFromEnvironment(s3).kind).toBe("s3");
    expect(() => storageFromEnvironment({ S3_BUCKET: "incubase" })).toThrow(
      "S3 storage is half configured: also set S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY",
    );
  });
});
