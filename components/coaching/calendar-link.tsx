import { getTranslations } from "next-intl/server";
import { buttonClassName } from "@/components/ui/button";

/**
 * Downloads an .ics file: one session, or (without `sessionId`) every upcoming one. A plain
 * link, not a client fetch: the browser hands the file to the calendar app.
 */
export async function CalendarLink({
  organisation,
  sessionId,
  label,
  variant = "ghost",
}: {
  organisation: string;
  sessionId?: string;
  label?: string;
  variant?: "secondary" | "ghost";
}) {
  const t = await getTranslations("coaching");
  const path = sessionId
    ? `/api/coaching/sessions/${encodeURIComponent(sessionId)}/ics`
    : "/api/coaching/ics";
  return (
    <a
      href={`${path}?organisation=${encodeURIComponent(organisation)}`}
      download
      className={buttonClassName({ variant, size: "sm" })}
    >
      {label ?? (sessionId ? t("calendar.one") : t("calendar.all"))}
    </a>
  );
}
