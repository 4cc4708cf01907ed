import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ConsentCategory } from "@/lib/generated/prisma/enums";

/** The categories a start-up shares with this partner, or "Nothing shared". */
export async function SharedCategories({ shared }: { shared: readonly ConsentCategory[] }) {
  const t = await getTranslations("partnerCohort");
  if (shared.length === 0) return <Badge tone="muted">{t("nothingShared")}</Badge>;
  return (
    <span className="flex flex-wrap gap-1">
      {Object.values(ConsentCategory)
        .filter((category) => shared.includes(category))
        .map((category) => (
          <Badge key={category} tone="brand">
            {t(`category.${category}`)}
          </Badge>
        ))}
    </span>
  );
}
