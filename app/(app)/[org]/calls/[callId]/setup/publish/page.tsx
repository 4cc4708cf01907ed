import type { Metadata } from "next";
import Link from "next/link";
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
import { formatHkDateTime } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Publish" };

const AREAS: { area: SetupArea; label: string; path: string }[] = [
  { area: "details", label: "Details", path: "" },
  { area: "eligibility", label: "Eligibility", path: "/eligibility" },
  { area: "form", label: "Application form", path: "/form" },
  { area: "rubric", label: "Review rubric", path: "/rubric" },
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
  const setup = await getCallSetup(organisation.id, callId);
  if (!setup) notFound();
  const { call, form, rubric, readiness } = setup;
  const base = `/${organisation.slug}/calls/${call.id}/setup`;
  const isReady = readiness.problems.length === 0;
  const pending = [
    form.draftVersion !== null && form.publishedVersion !== null && call.status === "PUBLISHED"
      ? `form version ${form.draftVersion}`
      : null,
    rubric.draftVersion !== null && rubric.publishedVersion !== null
      ? `rubric version ${rubric.draftVersion}`
      : null,
  ].filter((item): item is string => item !== null);

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title={
            readiness.isFirstPublication
              ? "Publish the call"
              : pending.length > 0
                ? "Publish changes"
                : "Published"
          }
          description={
            readiness.isFirstPublication
              ? `Publishing shows the call on its public page; applicants can start from ${formatHkDateTime(call.opensAt)} until ${formatHkDateTime(call.closesAt)} (Hong Kong time). The form and rubric are then fixed: later edits become new versions.`
              : "New versions reach new applications and new reviews only. Applications already started keep the form they started on."
          }
        />
        <CardBody className="space-y-4">
          <ul className="divide-y divide-ink-100 rounded-md border border-ink-200">
            {AREAS.map(({ area, label, path }) => {
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
                        {label}
                      </Link>
                      <span className="sr-only">
                        {problems.length === 0 ? ": ready" : ": needs attention"}
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
              {isReady ? null : (
                <p className="text-sm text-ink-600">
                  Publishing opens once every step above is ready.
                </p>
              )}
              <PublishCallButton
                organisation={organisation.slug}
                callId={call.id}
                label="Publish call"
                isDisabled={!isReady}
              />
            </div>
          ) : pending.length > 0 ? (
            <div className="space-y-2">
              <p className="text-sm text-ink-700">Not yet published: {pending.join(" and ")}.</p>
              <PublishCallButton
                organisation={organisation.slug}
                callId={call.id}
                label="Publish changes"
                isDisabled={!isReady}
              />
            </div>
          ) : (
            <p className="text-sm text-ink-600">
              Everything is published
              {call.publishedAt ? ` (first on ${formatHkDateTime(call.publishedAt)})` : ""}.
            </p>
          )}
        </CardBody>
      </Card>

      <Card>
        <CardHeader
          title="Versions"
          description="An application keeps the form version it started on; a review keeps its criteria."
        />
        {form.versions.length === 0 && rubric.versions.length === 0 ? (
          <CardBody>
            <p className="text-sm text-ink-500">Nothing saved yet.</p>
          </CardBody>
        ) : (
          <Table caption="Form and rubric versions">
            <TableHead>
              <tr>
                <TableHeaderCell>Version</TableHeaderCell>
                <TableHeaderCell>Published (HKT)</TableHeaderCell>
                <TableHeaderCell align="right">Applications on it</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {[...form.versions].reverse().map((version) => (
                <TableRow key={`form-${version.version}`}>
                  <TableCell>Form version {version.version}</TableCell>
                  <TableCell>
                    {version.publishedAt ? formatHkDateTime(version.publishedAt) : "Draft"}
                  </TableCell>
                  <TableCell align="right">{version.applicationCount}</TableCell>
                </TableRow>
              ))}
              {[...rubric.versions].reverse().map((version) => (
                <TableRow key={`rubric-${version.version}`}>
                  <TableCell>Rubric version {version.version}</TableCell>
                  <TableCell>
                    {version.publishedAt ? formatHkDateTime(version.publishedAt) : "Draft"}
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
            title="Close the call"
            description={`It closes by itself at ${formatHkDateTime(call.closesAt)}. Close it now to stop new applications early; submitted ones carry on to screening and review.`}
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
