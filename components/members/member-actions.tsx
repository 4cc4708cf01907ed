"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { changeMemberRole } from "@/lib/actions/members/change-member-role";
import { deactivateMembership } from "@/lib/actions/members/deactivate-membership";
import { reactivateMembership } from "@/lib/actions/members/reactivate-membership";
import { membershipRoleLabels } from "@/lib/domain/membership-roles";
import type { MembershipRole, MembershipStatus } from "@/lib/generated/prisma/enums";

type Mode = "idle" | "changing-role" | "confirming-deactivation";

/**
 * A member row's controls. Role change and deactivation sign the person out everywhere, so
 * each asks once more before it runs.
 */
export function MemberActions({
  organisation,
  member,
  roles,
  canChangeRole,
  canDeactivate,
}: {
  organisation: string;
  member: { membershipId: string; name: string; role: MembershipRole; status: MembershipStatus };
  roles: readonly MembershipRole[];
  canChangeRole: boolean;
  canDeactivate: boolean;
}) {
  const [mode, setMode] = useState<Mode>("idle");
  const [role, setRole] = useState<MembershipRole>(member.role);
  const [error, setError] = useState<string | null>(null);
  const changeRole = useAction(changeMemberRole);
  const deactivate = useAction(deactivateMembership);
  const reactivate = useAction(reactivateMembership);
  const isBusy = changeRole.isPending || deactivate.isPending || reactivate.isPending;
  const input = { organisation, membershipId: member.membershipId };

  async function run(execute: () => Promise<Parameters<typeof describeActionError>[0]>) {
    setError(null);
    try {
      const result = await execute();
      const message = describeActionError(result);
      if (message) setError(message);
      else setMode("idle");
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  if (member.status === "DEACTIVATED") {
    if (!canDeactivate) return null;
    return (
      <div className="space-y-2">
        <Button
          size="sm"
          variant="secondary"
          disabled={isBusy}
          onClick={() => void run(() => reactivate.executeAsync(input))}
        >
          {reactivate.isPending ? "Reactivating…" : "Reactivate"}
        </Button>
        <FormMessage>{error}</FormMessage>
      </div>
    );
  }

  return (
    <div className="space-y-2">
      {mode === "idle" ? (
        <div className="flex flex-wrap justify-end gap-2">
          {canChangeRole ? (
            <Button size="sm" variant="secondary" onClick={() => setMode("changing-role")}>
              Change role
            </Button>
          ) : null}
          {canDeactivate ? (
            <Button size="sm" variant="ghost" onClick={() => setMode("confirming-deactivation")}>
              Deactivate
            </Button>
          ) : null}
        </div>
      ) : null}

      {mode === "changing-role" ? (
        <div className="space-y-2 text-left">
          <label
            className="block text-xs font-medium text-ink-600"
            htmlFor={`role-${member.membershipId}`}
          >
            New role for {member.name}
          </label>
          <div className="flex flex-wrap gap-2">
            <select
              id={`role-${member.membershipId}`}
              value={role}
              onChange={(event) => setRole(event.target.value as MembershipRole)}
              className="h-8 rounded-md border border-ink-300 bg-white px-2 text-sm"
            >
              {roles.map((option) => (
                <option key={option} value={option}>
                  {membershipRoleLabels[option]}
                </option>
              ))}
            </select>
            <Button
              size="sm"
              disabled={isBusy || role === member.role}
              onClick={() => void run(() => changeRole.executeAsync({ ...input, role }))}
            >
              {changeRole.isPending ? "Saving…" : "Save role"}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => (setMode("idle"), setRole(member.role), setError(null))}
            >
              Cancel
            </Button>
          </div>
          <p className="text-xs text-ink-500">
            They will be signed out everywhere and sign in again with the new role.
          </p>
        </div>
      ) : null}

      {mode === "confirming-deactivation" ? (
        <div className="space-y-2 text-left">
          <p className="text-sm text-ink-700">
            Deactivate {member.name}? They lose access to this organisation and are signed out at
            once.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              size="sm"
              className="bg-red-700 hover:bg-red-800"
              disabled={isBusy}
              onClick={() => void run(() => deactivate.executeAsync(input))}
            >
              {deactivate.isPending ? "Deactivating…" : "Deactivate"}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => (setMode("idle"), setError(null))}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
      <FormMessage>{error}</FormMessage>
    </div>
  );
}
