"use client";
import { useLocale } from "next-intl";
import { createFormat, type Format } from "./formatters";

/** The interface language's formatters, for client components: `const f = useFormat()`. */
export function useFormat(): Format {
  return createFormat(useLocale());
}
