"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { changeMemberRole } from "@/lib/actions/members/change-member-role";
import { deactivateMembership } from "@/lib/actions/members/deactivate-membership";
import { reactivateMembership } from "@/lib/actions/members/reactivate-membership";
import type { MembershipRole, MembershipStatus } from "@/lib/generated/prisma/enums";

type Result = Parameters<typeof describeActionError>[0];

/**
 * A member row's controls. Role change and deactivation sign the person out everywhere, so
 * each asks in a confirmation dialog first; every result is a toast.
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
  const t = useTranslations("membersClient");
  const roleLabel = useTranslations("roles");
  const router = useRouter();
  const toast = useToast();
  const selectId = useId();
  const [role, setRole] = useState<MembershipRole>(member.role);
  const [error, setError] = useState<string | null>(null);
  const changeRole = useAction(changeMemberRole);
  const deactivate = useAction(deactivateMembership);
  const reactivate = useAction(reactivateMembership);
  const isBusy = changeRole.isPending || deactivate.isPending || reactivate.isPending;
  const input = { organisation, membershipId: member.membershipId };

  /** Runs an action; false keeps the dialog open with the error in it. */
  async function run(execute: () => Promise<Result>, done: string): Promise<boolean> {
    setError(null);
    try {
      const message = describeActionError(await execute());
      if (message) {
        setError(message);
        return false;
      }
      toast({ title: done, tone: "success" });
      router.refresh();
      return true;
    } catch {
      setError(t("unreachable"));
      return false;
    }
  }

  function saveRole(): boolean | Promise<boolean> {
    if (role === member.role) {
      setError(t("sameRole"));
      return false;
    }
    return run(
      () => changeRole.executeAsync({ ...input, role }),
      t("roleChanged", { name: member.name, role: roleLabel(role) }),
    );
  }

  if (member.status === "DEACTIVATED") {
    if (!canDeactivate) return null;
    return (
      <div className="space-y-2">
        <Button
          size="sm"
          variant="secondary"
          disabled={isBusy}
          onClick={() =>
            void run(() => reactivate.executeAsync(input), t("reactivated", { name: member.name }))
          }
        >
          {reactivate.isPending ? t("reactivating") : t("reactivate")}
        </Button>
        <FormMessage>{error}</FormMessage>
      </div>
    );
  }

  return (
    <div className="flex flex-wrap justify-end gap-2">
      {canChangeRole ? (
        <ConfirmDialog
          trigger={
            <Button
              size="sm"
              variant="secondary"
              disabled={isBusy}
              onClick={() => {
                setRole(member.role);
                setError(null);
              }}
            >
              {t("changeRole")}
            </Button>
          }
          title={t("changeRoleTitle", { name: member.name })}
          description={t("changeRoleBody", { role: roleLabel(member.role) })}
          confirmLabel={t("saveRole")}
          onConfirm={saveRole}
        >
          <div className="space-y-2 text-left text-sm">
            <label className="block font-medium text-ink-900" htmlFor={selectId}>
              {t("newRole", { name: member.name })}
            </label>
            <select
              id={selectId}
              value={role}
              onChange={(event) => setRole(event.target.value as MembershipRole)}
              className="h-9 w-full rounded-md border border-ink-300 bg-white px-2 text-sm"
            >
              {roles.map((option) => (
                <option key={option} value={option}>
                  {roleLabel(option)}
                </option>
              ))}
            </select>
            <FormMessage>{error}</FormMessage>
          </div>
        </ConfirmDialog>
      ) : null}
      {canDeactivate ? (
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="ghost" disabled={isBusy} onClick={() => setError(null)}>
              {t("deactivate")}
            </Button>
          }
          title={t("deactivateTitle", { name: member.name })}
          description={t("deactivateBody")}
          confirmLabel={t("deactivate")}
          tone="danger"
          onConfirm={() =>
            run(() => deactivate.executeAsync(input), t("deactivated", { name: member.name }))
          }
        >
          <FormMessage>{error}</FormMessage>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
