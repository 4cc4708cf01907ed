"use client";

import { useTranslations } from "next-intl";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import type { TeamMember } from "@/lib/schemas/forms";

const EMPTY_MEMBER: TeamMember = { name: "", role: "", email: "", isFullTime: true };

/** A small editable list of founders and key staff. */
export function TeamMembersField({
  id,
  value,
  maxItems = 10,
  onChange,
}: {
  id: string;
  value: TeamMember[];
  maxItems?: number;
  onChange: (members: TeamMember[]) => void;
}) {
  const t = useTranslations("applicationsClient.team");
  const update = (index: number, change: Partial<TeamMember>) =>
    onChange(value.map((member, i) => (i === index ? { ...member, ...change } : member)));
  return (
    <div className="space-y-3" id={id}>
      {value.map((member, index) => (
        <fieldset
          key={index}
          className="grid gap-2 rounded-md border border-ink-200 p-3 sm:grid-cols-2"
        >
          <legend className="px-1 text-xs text-ink-500">
            {t("person", { number: index + 1 })}
          </legend>
          <input
            aria-label={t("nameLabel", { number: index + 1 })}
            placeholder={t("name")}
            className={inputClassName}
            value={member.name}
            onChange={(event) => update(index, { name: event.target.value })}
          />
          <input
            aria-label={t("roleLabel", { number: index + 1 })}
            placeholder={t("role")}
            className={inputClassName}
            value={member.role}
            onChange={(event) => update(index, { role: event.target.value })}
          />
          <input
            aria-label={t("emailLabel", { number: index + 1 })}
            placeholder={t("email")}
            type="email"
            className={inputClassName}
            value={member.email}
            onChange={(event) => update(index, { email: event.target.value })}
          />
          <div className="flex items-center justify-between gap-2">
            <label className="flex items-center gap-2 text-sm text-ink-700">
              <input
                type="checkbox"
                checked={member.isFullTime}
                onChange={(event) => update(index, { isFullTime: event.target.checked })}
              />
              {t("fullTime")}
            </label>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              {t("remove")}
            </Button>
          </div>
        </fieldset>
      ))}
      {value.length < maxItems ? (
        <Button variant="secondary" size="sm" onClick={() => onChange([...value, EMPTY_MEMBER])}>
          {t("add")}
        </Button>
      ) : null}
    </div>
  );
}
