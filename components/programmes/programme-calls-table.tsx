import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { CallStatusBadge } from "@/components/calls/call-status-badge";
import { localized } from "@/components/calls/localized";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { ProgrammeDetail } from "@/lib/data/programmes/get-programme";
import { createFormat } from "@/i18n/formatters";

/** A programme's calls: window (Hong Kong time), status, applications, and where to go next. */
export function ProgrammeCallsTable({
  organisation,
  calls,
  canScreen,
}: {
  organisation: string;
  calls: ProgrammeDetail["calls"];
  /** Officers who screen also get the applications list of a published call. */
  canScreen: boolean;
}) {
  const t = useTranslations("programmesClient.calls");
  const locale = useLocale();
  const f = createFormat(locale);
  return (
    <Table caption={t("caption")}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t("call")}</TableHeaderCell>
          <TableHeaderCell>{t("window")}</TableHeaderCell>
          <TableHeaderCell>{t("status")}</TableHeaderCell>
          <TableHeaderCell align="right">{t("submitted")}</TableHeaderCell>
          <TableHeaderCell>
            <span className="sr-only">{t("links")}</span>
          </TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {calls.map((call) => (
          <TableRow key={call.id}>
            <TableCell className="min-w-48">
              <Link
                href={`/${organisation}/calls/${call.id}/setup`}
                className="font-medium text-ink-900 hover:text-brand-700 hover:underline"
              >
                {localized(locale, call.title, call.titleZh)}
              </Link>
              {call.intakeSize ? (
                <p className="text-xs text-ink-500">{t("places", { count: call.intakeSize })}</p>
              ) : null}
            </TableCell>
            <TableCell className="whitespace-nowrap tabular-nums">
              {f.dateTime(call.opensAt)}
              <br />
              {f.dateTime(call.closesAt)}
            </TableCell>
            <TableCell>
              <CallStatusBadge status={call.status} />
            </TableCell>
            <TableCell align="right">{f.number(call.submittedCount)}</TableCell>
            <TableCell className="whitespace-nowrap">
              <Link
                href={`/${organisation}/calls/${call.id}/setup`}
                className="text-brand-700 hover:underline"
              >
                {t("setUp")}
              </Link>
              {canScreen && call.status !== "DRAFT" ? (
                <>
                  {" · "}
                  <Link
                    href={`/${organisation}/calls/${call.id}/applications`}
                    className="text-brand-700 hover:underline"
                  >
                    {t("applications")}
                  </Link>
                </>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
