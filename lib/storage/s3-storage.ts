import { AwsClient } from "aws4fetch";
import { assertStorageKey, type FileStorage } from "./file-storage";

export type S3Settings = {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
};

/**
 * An S3-compatible bucket (AWS S3, MinIO, R2), addressed path-style so any endpoint works.
 * Requests are signed with SigV4 by aws4fetch (small, no SDK).
 */
export function createS3Storage(settings: S3Settings): FileStorage {
  const client = new AwsClient({
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    region: settings.region,
    service: "s3",
  });
  const base = `${settings.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(settings.bucket)}`;
  const urlOf = (key: string) => {
    assertStorageKey(key);
    return `${base}/${key.split("/").map(encodeURIComponent).join("/")}`;
  };
  const fail = async (response: Response, what: string) => {
    const detail = (await response.text()).slice(0, 300);
    throw new Error(`S3 ${what} failed: ${response.status} ${detail}`);
  };
  return {
    kind: "s3",
    async put(key, bytes, contentType) {
      const response = await client.fetch(urlOf(key), {
        method: "PUT",
        body: new Blob([new Uint8Array(bytes)]),
        headers: { "content-type": contentType },
      });
      if (!response.ok) await fail(response, "upload");
    },
    async get(key) {
      const response = await client.fetch(urlOf(key));
      if (response.status === 404) return null;
      if (!response.ok) await fail(response, "download");
      return new Uint8Array(await response.arrayBuffer());
    },
    async delete(key) {
      const response = await client.fetch(urlOf(key), { method: "DELETE" });
      if (!response.ok && response.status !== 404) await fail(response, "delete");
    },
  };
}
