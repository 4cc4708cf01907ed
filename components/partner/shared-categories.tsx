import { Badge } from "@/components/ui/badge";
import type { ConsentCategory } from "@/lib/generated/prisma/enums";

const LABELS: Record<ConsentCategory, string> = {
  MILESTONES: "Milestones",
  COACHING_SUMMARIES: "Coaching summaries",
  DOCUMENTS: "Documents",
};

/** The categories a start-up shares with this partner, or "Nothing shared". */
export function SharedCategories({ shared }: { shared: readonly ConsentCategory[] }) {
  if (shared.length === 0) return <Badge tone="muted">Nothing shared</Badge>;
  return (
    <span className="flex flex-wrap gap-1">
      {(Object.keys(LABELS) as ConsentCategory[])
        .filter((category) => shared.includes(category))
        .map((category) => (
          <Badge key={category} tone="brand">
            {LABELS[category]}
          </Badge>
        ))}
    </span>
  );
}
