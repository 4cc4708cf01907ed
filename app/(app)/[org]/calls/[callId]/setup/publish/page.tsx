import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CloseCallButton } from "@/components/calls/close-call-button";
import { PublishCallButton } from "@/components/calls/publish-call-button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getCallSetup } from "@/lib/data/calls/get-call-setup";
import type { SetupArea } from "@/lib/domain/call-publishing";
import { getFormat } from "@/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calls.publish");
  return { title: t("metaTitle") };
}

const AREAS: { area: SetupArea; path: string }[] = [
  { area: "details", path: "" },
  { area: "eligibility", path: "/eligibility" },
  { area: "form", path: "/form" },
  { area: "rubric", path: "/rubric" },
];

/** Step 5: what still stops publishing, publishing, the versions so far, and closing. */
export default async function CallPublishPage({
  params,
}: {
  params: Promise<{ org: string; callId: string }>;
}) {
  const { org, callId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "call.manage");
  const [setup, t, f] = await Promise.all([
    getCallSetup(organisation.id, callId),
    getTranslations("calls.publish"),
    getFormat(),
  ]);
  if (!setup) notFound();
  const { call, form, rubric, readiness } = setup;
  const base = `/${organisation.slug}/calls/${call.id}/setup`;
  const isReady = readiness.problems.length === 0;
  const pending = [
    form.draftVersion !== null && form.publishedVersion !== null && call.status === "PUBLISHED"
      ? t("formVersion", { version: form.draftVersion })
      : null,
    rubric.draftVersion !== null && rubric.publishedVersion !== null
      ? t("rubricVersion", { version: rubric.draftVersion })
      : null,
  ].filter((item): item is string => item !== null);

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title={
            readiness.isFirstPublication
              ? t("titleFirst")
              : pending.length > 0
                ? t("titleChanges")
                : t("titlePublished")
          }
          description={
            readiness.isFirstPublication
              ? t("descriptionFirst", {
                  opens: f.dateTime(call.opensAt),
                  closes: f.dateTime(call.closesAt),
                })
              : t("descriptionChanges")
          }
        />
        <CardBody className="space-y-4">
          <ul className="divide-y divide-ink-100 rounded-md border border-ink-200">
            {AREAS.map(({ area, path }) => {
              const problems = readiness.problems.filter((problem) => problem.area === area);
              return (
                <li key={area} className="flex flex-wrap items-start gap-3 px-3 py-2.5">
                  <span
                    aria-hidden
                    className={`mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${problems.length === 0 ? "bg-emerald-100 text-emerald-800" : "bg-amber-100 text-amber-800"}`}
                  >
                    {problems.length === 0 ? "✓" : "!"}
                  </span>
                  <div className="min-w-0 flex-1">
                    <p className="text-sm font-medium text-ink-900">
                      <Link href={`${base}${path}`} className="hover:underline">
                        {t(`area.${area}`)}
                      </Link>
                      <span className="sr-only">
                        {problems.length === 0 ? t("ready") : t("needsAttention")}
                      </span>
                    </p>
                    {problems.length > 0 ? (
                      <ul className="mt-0.5 list-disc space-y-0.5 pl-5 text-sm text-amber-900">
                        {problems.map((problem) => (
                          <li key={problem.message}>{problem.message}</li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
          {readiness.isFirstPublication ? (
            <div className="space-y-2">
              {isReady ? null : <p className="text-sm text-ink-600">{t("opensWhenReady")}</p>}
              <PublishCallButton
                organisation={organisation.slug}
                callId={call.id}
                label={t("publishCall")}
                isDisabled={!isReady}
              />
            </div>
          ) : pending.length > 0 ? (
            <div className="space-y-2">
              <p className="text-sm text-ink-700">
                {t("notYetPublished", { items: pending.join(t("and")) })}
              </p>
              <PublishCallButton
                organisation={organisation.slug}
                callId={call.id}
                label={t("publishChanges")}
                isDisabled={!isReady}
                isFirstPublication={false}
              />
            </div>
          ) : (
            <p className="text-sm text-ink-600">
              {call.publishedAt
                ? t("allPublishedSince", { date: f.dateTime(call.publishedAt) })
                : t("allPublished")}
            </p>
          )}
        </CardBody>
      </Card>

      <Card>
        <CardHeader title={t("versionsTitle")} description={t("versionsDescription")} />
        {form.versions.length === 0 && rubric.versions.length === 0 ? (
          <CardBody>
            <p className="text-sm text-ink-500">{t("nothingSaved")}</p>
          </CardBody>
        ) : (
          <Table caption={t("versionsCaption")}>
            <TableHead>
              <tr>
                <TableHeaderCell>{t("version")}</TableHeaderCell>
                <TableHeaderCell>{t("publishedHkt")}</TableHeaderCell>
                <TableHeaderCell align="right">{t("applicationsOnIt")}</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {[...form.versions].reverse().map((version) => (
                <TableRow key={`form-${version.version}`}>
                  <TableCell>{t("formVersionCap", { version: version.version })}</TableCell>
                  <TableCell>
                    {version.publishedAt ? f.dateTime(version.publishedAt) : t("draft")}
                  </TableCell>
                  <TableCell align="right">{f.number(version.applicationCount)}</TableCell>
                </TableRow>
              ))}
              {[...rubric.versions].reverse().map((version) => (
                <TableRow key={`rubric-${version.version}`}>
                  <TableCell>{t("rubricVersionCap", { version: version.version })}</TableCell>
                  <TableCell>
                    {version.publishedAt ? f.dateTime(version.publishedAt) : t("draft")}
                  </TableCell>
                  <TableCell align="right">—</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>

      {call.status === "PUBLISHED" ? (
        <Card>
          <CardHeader
            title={t("closeTitle")}
            description={t("closeDescription", { date: f.dateTime(call.closesAt) })}
          />
          <CardBody>
            <CloseCallButton
              organisation={organisation.slug}
              callId={call.id}
              draftCount={call.draftApplicationCount}
            />
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
