"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (print, or save as PDF); hidden on paper. */
export function OfficerPrintButton() {
  const t = useTranslations("programmeReportClient");
  return (
    <Button
      variant="secondary"
      size="sm"
      className="print:hidden"
      title={t("printHint")}
      onClick={() => window.print()}
    >
      {t("print")}
    </Button>
  );
}
