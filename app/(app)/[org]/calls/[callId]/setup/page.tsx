import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CallDetailsForm } from "@/components/calls/call-details-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getCallSetup } from "@/lib/data/calls/get-call-setup";
import { toHongKongDateTimeInput } from "@/lib/domain/call-times";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calls.details");
  return { title: t("metaTitle") };
}

/** Step 1 of a call's set-up: titles, window, places and blind review. */
export default async function CallDetailsPage({
  params,
}: {
  params: Promise<{ org: string; callId: string }>;
}) {
  const { org, callId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "call.manage");
  const [setup, t] = await Promise.all([
    getCallSetup(organisation.id, callId),
    getTranslations("calls.details"),
  ]);
  if (!setup) notFound();
  const { call } = setup;

  return (
    <Card>
      <CardHeader
        title={t("title")}
        description={call.status === "PUBLISHED" ? t("descriptionOpen") : t("description")}
      />
      <CardBody>
        <CallDetailsForm
          organisation={organisation.slug}
          isBlindReviewLocked={call.hasReviewerAssignments}
          defaultValues={{
            organisation: organisation.slug,
            callId: call.id,
            title: call.title,
            titleZh: call.titleZh ?? "",
            summary: call.summary ?? "",
            opensAt: toHongKongDateTimeInput(call.opensAt),
            closesAt: toHongKongDateTimeInput(call.closesAt),
            intakeSize: call.intakeSize,
            isBlindReview: call.isBlindReview,
          }}
        />
      </CardBody>
    </Card>
  );
}
