import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { statusStyles } from "@/components/ui/status-badge";
import type { CallStatus } from "@/lib/generated/prisma/enums";

/** A call's status as a coloured pill in the interface language (server or client). */
export function CallStatusBadge({ status }: { status: CallStatus }) {
  const t = useTranslations("callsClient.status");
  return <Badge tone={statusStyles.call[status].tone}>{t(status)}</Badge>;
}
