"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ReactNode } from "react";
import { buttonClassName } from "./button";

/**
 * Asks before a destructive or money action ("Approve HK$412,500.00 for PFL-201?"). Radix
 * AlertDialog: focus moves into the dialog and back, Escape cancels, the page behind is inert.
 * `onConfirm` may be async: the dialog shows it is working and stays open if it throws or
 * returns `false` (the caller shows the error).
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  cancelLabel,
  tone = "default",
  onConfirm,
  children,
}: {
  /** The button that opens the dialog (rendered as is: pass a <button>). */
  trigger: ReactNode;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: "default" | "danger";
  onConfirm: () => void | boolean | Promise<void | boolean>;
  /** Extra content, e.g. a reason field. */
  children?: ReactNode;
}) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [isWorking, setIsWorking] = useState(false);

  async function confirm() {
    setIsWorking(true);
    try {
      const result = await onConfirm();
      if (result !== false) setOpen(false);
    } finally {
      setIsWorking(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !isWorking && setOpen(next)}>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-ink-950/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg border border-ink-200 bg-white p-5 shadow-xl">
          <AlertDialog.Title className="text-base font-semibold text-ink-900">
            {title}
          </AlertDialog.Title>
          {description ? (
            <AlertDialog.Description className="mt-2 text-sm text-ink-600">
              {description}
            </AlertDialog.Description>
          ) : (
            <AlertDialog.Description className="sr-only">{title}</AlertDialog.Description>
          )}
          {children ? <div className="mt-3">{children}</div> : null}
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel
              className={buttonClassName({ variant: "secondary" })}
              disabled={isWorking}
            >
              {cancelLabel ?? t("cancel")}
            </AlertDialog.Cancel>
            <button
              type="button"
              onClick={() => void confirm()}
              disabled={isWorking}
              aria-busy={isWorking}
              className={buttonClassName({
                variant: "primary",
                className:
                  tone === "danger" ? "bg-red-700 hover:bg-red-800 disabled:bg-red-700/60" : "",
              })}
            >
              {isWorking ? t("working") : confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
