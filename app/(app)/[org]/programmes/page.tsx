import type { Metadata } from "next";
import { ProgrammesList } from "@/components/programmes/programmes-list";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listProgrammes } from "@/lib/data/programmes/list-programmes";

export const metadata: Metadata = { title: "Programmes" };

/** The operator's programmes and their calls: where an officer sets up the next intake. */
export default async function ProgrammesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "programme.manage");
  const programmes = await listProgrammes(organisation.id);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader
          title="Programmes"
          description="Programmes, their funding rules and their calls for applications."
        />
        <ButtonLink href={`/${organisation.slug}/programmes/new`}>New programme</ButtonLink>
      </div>
      {programmes.length === 0 ? (
        <EmptyState
          title="No programme yet."
          action={
            <ButtonLink href={`/${organisation.slug}/programmes/new`}>
              Create the first programme
            </ButtonLink>
          }
        >
          A programme holds the funding cap, buckets and partners; each intake round is a call of a
          programme.
        </EmptyState>
      ) : (
        <ProgrammesList organisation={organisation.slug} programmes={programmes} />
      )}
    </div>
  );
}
