import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AwardGrantForm } from "@/components/grants/award-grant-form";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getEnrolmentForAward } from "@/lib/data/grants/enrolment-for-award";
import { READ_TRANSACTION } from "@/lib/data/grants/money-transaction";
import { db } from "@/lib/db";
import { formatHkDate } from "@/lib/domain/dates";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Award a grant" };

/** The programme officer awards an active enrolment its grant. */
export default async function AwardGrantPage({
  params,
}: {
  params: Promise<{ org: string; enrolmentId: string }>;
}) {
  const { org, enrolmentId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "grant.award");
  const enrolment = await db
    .$transaction(
      (tx) => getEnrolmentForAward(tx, { organisationId: organisation.id, enrolmentId }),
      READ_TRANSACTION,
    )
    .catch((error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    });
  if (enrolment.grant) redirect(`/${organisation.slug}/grants/${enrolment.grant.id}`);
  const { programme } = enrolment;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${organisation.slug}/grants`} className="text-brand-700 hover:underline">
          ← Grants
        </Link>
      </p>
      <PageHeader
        title={`Award a grant to ${enrolment.startup.name}`}
        description={`${programme.name} · enrolled ${formatHkDate(enrolment.startsOn)} to ${formatHkDate(enrolment.endsOn)}`}
      />
      <Card>
        <CardBody>
          {enrolment.status !== "ACTIVE" ? (
            <EmptyState title="This enrolment is not active.">
              Grants go to active enrolments only.
            </EmptyState>
          ) : programme.fundingBuckets.length === 0 ? (
            <EmptyState title={`${programme.name} has no funding buckets.`}>
              Set up the programme&apos;s funding buckets first.
            </EmptyState>
          ) : (
            <AwardGrantForm
              organisation={organisation.slug}
              enrolmentId={enrolment.id}
              startupName={enrolment.startup.name}
              programmeCapCents={programme.fundingCapCents}
              buckets={programme.fundingBuckets}
            />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
