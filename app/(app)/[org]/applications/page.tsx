import type { Metadata } from "next";
import Link from "next/link";
import { ApplicationsList } from "@/components/applications/applications-list";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listStartupApplications } from "@/lib/data/applications/list-startup-applications";

export const metadata: Metadata = { title: "Applications" };

/** The start-up's own applications to every operator. */
export default async function ApplicationsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "application.edit_draft");
  const applications = await listStartupApplications(organisation.id);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Applications"
        description={`${organisation.name}'s applications to incubation programmes.`}
      />
      {applications.length === 0 ? (
        <EmptyState
          title="No applications yet."
          action={
            <Link href="/" className="text-sm font-medium text-brand-700 hover:underline">
              See the open calls
            </Link>
          }
        >
          Find an open call and choose “Start or continue application”.
        </EmptyState>
      ) : (
        <Card>
          <ApplicationsList organisation={organisation.slug} applications={applications} />
        </Card>
      )}
    </div>
  );
}
