import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { statusStyles } from "@/components/ui/status-badge";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/** An application's status as a coloured pill in the interface language (server or client). */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const t = useTranslations("applicationsClient.status");
  return <Badge tone={statusStyles.application[status].tone}>{t(status)}</Badge>;
}
