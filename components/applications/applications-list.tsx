import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ApplicationStatusBadge } from "@/components/applications/application-status-badge";
import { localized } from "@/components/calls/localized";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { createFormat } from "@/i18n/formatters";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/** What a row needs: both the applications page and the start-up home hand these over. */
export type ApplicationListRow = {
  id: string;
  reference: string;
  projectTitle: string;
  status: ApplicationStatus;
  submittedAt: Date | null;
  call: { title: string; titleZh?: string | null; closesAt: Date };
  organisation: { name: string; nameZh?: string | null };
};

/**
 * The start-up's applications to every operator, each linking to its form or read-only view;
 * on a phone the call and dates fold under the project. Server or client component.
 */
export function ApplicationsList({
  organisation,
  applications,
  caption,
}: {
  organisation: string;
  applications: ApplicationListRow[];
  caption?: string;
}) {
  const t = useTranslations("applicationsClient.list");
  const locale = useLocale();
  const f = createFormat(locale);
  const callTitle = (application: ApplicationListRow) =>
    localized(locale, application.call.title, application.call.titleZh);
  const operatorName = (application: ApplicationListRow) =>
    localized(locale, application.organisation.name, application.organisation.nameZh);
  return (
    <Table caption={caption ?? t("caption")}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t("project")}</TableHeaderCell>
          <TableHeaderCell>{t("status")}</TableHeaderCell>
          <TableHeaderCell className="hidden md:table-cell">{t("call")}</TableHeaderCell>
          <TableHeaderCell className="hidden sm:table-cell">{t("submitted")}</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {applications.map((application) => (
          <TableRow key={application.id}>
            <TableCell className="min-w-48">
              <Link
                href={`/${organisation}/applications/${application.id}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {application.projectTitle}
              </Link>
              <span className="mt-0.5 block font-mono text-xs text-ink-500">
                {application.reference}
              </span>
              <span className="block text-xs text-ink-500 md:hidden">
                {callTitle(application)} · {operatorName(application)}
              </span>
              <span className="block text-xs text-ink-500 sm:hidden">
                {application.submittedAt
                  ? t("submittedOn", { date: f.date(application.submittedAt) })
                  : t("notSubmitted", { date: f.date(application.call.closesAt) })}
              </span>
            </TableCell>
            <TableCell>
              <ApplicationStatusBadge status={application.status} />
            </TableCell>
            <TableCell className="hidden min-w-48 md:table-cell">
              {callTitle(application)}
              <span className="block text-xs text-ink-500">{operatorName(application)}</span>
            </TableCell>
            <TableCell className="hidden whitespace-nowrap sm:table-cell">
              {application.submittedAt ? (
                f.date(application.submittedAt)
              ) : (
                <span className="text-xs text-ink-500">
                  {t("callCloses", { date: f.date(application.call.closesAt) })}
                </span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
