"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * A confirmation step before a money action: a modal dialog (native <dialog>, so focus, Esc
 * and the backdrop behave) with a summary, optional fields and the confirm button. Nothing is
 * sent until the user confirms.
 */
export function ActionDialog({
  isOpen,
  onClose,
  title,
  children,
  confirmLabel,
  confirmVariant = "primary",
  isPending,
  onConfirm,
}: {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirmVariant?: "primary" | "secondary";
  isPending: boolean;
  onConfirm: () => void;
}) {
  const t = useTranslations("common");
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        if (isPending) event.preventDefault();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border border-ink-200 bg-white p-0 text-ink-900 shadow-xl backdrop:bg-ink-900/40"
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
        className="space-y-4 p-5"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <div className="space-y-3 text-sm text-ink-700">{children}</div>
        <div className="flex flex-wrap justify-end gap-2 pt-2">
          <Button variant="ghost" onClick={onClose} disabled={isPending}>
            {t("cancel")}
          </Button>
          <Button type="submit" variant={confirmVariant} disabled={isPending}>
            {isPending ? t("working") : confirmLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
