import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

/** The programme page's link to its printable report. */
export async function OfficerReportLink({ href }: { href: string }) {
  const t = await getTranslations("programmeReport");
  return (
    <ButtonLink href={href} variant="secondary">
      {t("openReport")}
    </ButtonLink>
  );
}
