import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CallDetailsForm } from "@/components/calls/call-details-form";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getProgramme } from "@/lib/data/programmes/get-programme";
import { toHongKongDateTimeInput } from "@/lib/domain/call-times";
import { addDays } from "@/lib/domain/dates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.newCall");
  return { title: t("metaTitle") };
}

/** The Hong Kong calendar day `days` from now, at a wall-clock time ("2026-12-01T09:00"). */
function hongKongDayAt(days: number, time: string): string {
  return `${toHongKongDateTimeInput(addDays(new Date(), days)).slice(0, 10)}T${time}`;
}

export default async function NewCallPage({
  params,
}: {
  params: Promise<{ org: string; programmeId: string }>;
}) {
  const { org, programmeId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "call.manage");
  const [programme, t] = await Promise.all([
    getProgramme(organisation.id, programmeId),
    getTranslations("programmes.newCall"),
  ]);
  if (!programme || programme.status === "ARCHIVED") notFound();
  const programmeHref = `/${organisation.slug}/programmes/${programme.id}`;

  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm text-ink-500">
        <Link href={`/${organisation.slug}/programmes`} className="hover:underline">
          {t("programmes")}
        </Link>{" "}
        /{" "}
        <Link href={programmeHref} className="hover:underline">
          {programme.name}
        </Link>
      </nav>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardBody>
          <CallDetailsForm
            organisation={organisation.slug}
            cancelHref={programmeHref}
            copyOptions={programme.calls.map((call) => ({ id: call.id, title: call.title }))}
            defaultValues={{
              organisation: organisation.slug,
              programmeId: programme.id,
              title: "",
              titleZh: "",
              summary: "",
              opensAt: hongKongDayAt(7, "09:00"),
              closesAt: hongKongDayAt(63, "23:59"),
              intakeSize: null,
              isBlindReview: false,
              copyFromCallId: programme.calls[0]?.id ?? "",
            }}
          />
        </CardBody>
      </Card>
    </div>
  );
}
