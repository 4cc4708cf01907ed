import "server-only";
import { getLocale } from "next-intl/server";
import { createFormat, type Format } from "./formatters";

export type { Format } from "./formatters";

/** The request's formatters, for server components: `const f = await getFormat()`. */
export async function getFormat(): Promise<Format> {
  return createFormat(await getLocale());
}
