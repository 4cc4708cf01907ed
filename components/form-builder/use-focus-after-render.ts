"use client";

import { useEffect, useRef } from "react";

/**
 * Moving an item with its ↑/↓ buttons re-renders the list; this puts the keyboard focus back
 * on the moved item's button (or a fallback when that button is now disabled, at either end),
 * so someone using the keyboard can press the same button again.
 */
export function useFocusAfterRender(): (...elementIds: string[]) => void {
  const pending = useRef<string[] | null>(null);
  useEffect(() => {
    const ids = pending.current;
    if (!ids) return;
    pending.current = null;
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        return;
      }
    }
  });
  return (...elementIds: string[]) => {
    pending.current = elementIds;
  };
}
