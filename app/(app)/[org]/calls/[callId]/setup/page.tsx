import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CallDetailsForm } from "@/components/calls/call-details-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getCallSetup } from "@/lib/data/calls/get-call-setup";
import { toHongKongDateTimeInput } from "@/lib/domain/call-times";

export const metadata: Metadata = { title: "Call details" };

/** Step 1 of a call's set-up: titles, window, places and blind review. */
export default async function CallDetailsPage({
  params,
}: {
  params: Promise<{ org: string; callId: string }>;
}) {
  const { org, callId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "call.manage");
  const setup = await getCallSetup(organisation.id, callId);
  if (!setup) notFound();
  const { call } = setup;

  return (
    <Card>
      <CardHeader
        title="Details"
        description={
          call.status === "PUBLISHED"
            ? "The call is open: changes show on its public page as soon as you save."
            : "Times are Hong Kong time, whatever time zone you are in."
        }
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
