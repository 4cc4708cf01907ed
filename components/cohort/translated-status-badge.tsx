import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { statusStyles } from "@/components/ui/status-badge";
import type {
  ActionItemStatus,
  CoachingSessionStatus,
  EnrolmentStatus,
} from "@/lib/generated/prisma/enums";

type Kinds = {
  enrolment: EnrolmentStatus;
  coachingSession: CoachingSessionStatus;
  actionItem: ActionItemStatus;
};

/** The shared status pill's colour with its label in the interface language. */
export async function TranslatedStatusBadge<K extends keyof Kinds>({
  kind,
  status,
}: {
  kind: K;
  status: Kinds[K];
}) {
  const t = await getTranslations("coachingClient");
  const styles = statusStyles[kind] as Record<string, { tone: BadgeTone }>;
  const tone = styles[status]?.tone ?? "neutral";
  const key: string = `status.${kind}.${status}`;
  return <Badge tone={tone}>{t(key)}</Badge>;
}
