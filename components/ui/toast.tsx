"use client";

import { useTranslations } from "next-intl";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { ReactNode } from "react";

export type ToastTone = "success" | "error" | "info";
export type ToastInput = { title: string; description?: string; tone?: ToastTone };
type Toast = ToastInput & { id: number };

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

/** How long a toast stays: errors stay until dismissed, so nobody misses why a save failed. */
const DISMISS_AFTER_MS: Record<ToastTone, number | null> = {
  success: 6_000,
  info: 8_000,
  error: null,
};

const toneClassNames: Record<ToastTone, string> = {
  success: "border-brand-200 bg-brand-50 text-brand-900",
  info: "border-ink-200 bg-white text-ink-900",
  error: "border-red-200 bg-red-50 text-red-900",
};

/**
 * Result messages ("Session logged", "Tranche approved") announced politely to screen readers
 * (`role="status"`), errors assertively (`role="alert"`). Mounted once in the root layout.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useTranslations("common");
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);
  const push = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((current) => [...current.slice(-3), { ...toast, id }]);
  }, []);

  return (
    <ToastContext.Provider value={push}>
      {children}
      <div
        role="region"
        aria-label={t("notifications")}
        className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end"
      >
        {toasts.map((toast) => (
          <ToastItem
            key={toast.id}
            toast={toast}
            dismissLabel={t("dismiss")}
            onDismiss={() => dismiss(toast.id)}
          />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({
  toast,
  dismissLabel,
  onDismiss,
}: {
  toast: Toast;
  dismissLabel: string;
  onDismiss: () => void;
}) {
  const tone = toast.tone ?? "success";
  useEffect(() => {
    const after = DISMISS_AFTER_MS[tone];
    if (after === null) return;
    const timer = setTimeout(onDismiss, after);
    return () => clearTimeout(timer);
  }, [tone, onDismiss]);
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-lg border px-4 py-3 shadow-lg ${toneClassNames[tone]}`}
    >
      <div className="min-w-0 flex-1">
        <p className="text-sm font-semibold">{toast.title}</p>
        {toast.description ? (
          <p className="mt-0.5 text-sm opacity-90">{toast.description}</p>
        ) : null}
      </div>
      <button
        type="button"
        onClick={onDismiss}
        className="-m-1 rounded p-1 text-current opacity-70 hover:opacity-100"
        aria-label={dismissLabel}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

/** `const toast = useToast(); toast({ title: t("saved"), tone: "success" })` */
export function useToast(): (toast: ToastInput) => void {
  const push = useContext(ToastContext);
  return useMemo(() => push ?? (() => undefined), [push]);
}
