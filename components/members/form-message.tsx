/** An inline alert under a form or a row: red for errors, green for confirmations. */
export function FormMessage({
  tone = "error",
  children,
}: {
  tone?: "error" | "success";
  children: string | null;
}) {
  if (!children) return null;
  const toneClassName =
    tone === "error"
      ? "border-red-200 bg-red-50 text-red-800"
      : "border-emerald-200 bg-emerald-50 text-emerald-800";
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md border px-3 py-2 text-sm ${toneClassName}`}
    >
      {children}
    </p>
  );
}
