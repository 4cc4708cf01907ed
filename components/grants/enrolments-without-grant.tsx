import { ButtonLink } from "@/components/ui/button";
import { formatHkDate } from "@/lib/domain/dates";

type Enrolment = {
  id: string;
  startsOn: Date;
  startup: { name: string; nameZh: string | null };
  programme: { name: string };
};

/** Active enrolments still waiting for their grant, each with the way to award it. */
export function EnrolmentsWithoutGrant({
  organisation,
  enrolments,
  canAward,
}: {
  organisation: string;
  enrolments: Enrolment[];
  canAward: boolean;
}) {
  return (
    <ul className="divide-y divide-ink-100">
      {enrolments.map((enrolment) => (
        <li
          key={enrolment.id}
          className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-5"
        >
          <div className="min-w-0">
            <p className="font-medium text-ink-900">
              {enrolment.startup.name}
              {enrolment.startup.nameZh ? (
                <span className="ml-1.5 text-sm font-normal text-ink-500" lang="zh-HK">
                  {enrolment.startup.nameZh}
                </span>
              ) : null}
            </p>
            <p className="text-xs text-ink-500">
              {enrolment.programme.name} · enrolled from {formatHkDate(enrolment.startsOn)}
            </p>
          </div>
          {canAward ? (
            <ButtonLink
              href={`/${organisation}/grants/award/${enrolment.id}`}
              variant="secondary"
              size="sm"
            >
              Award grant
            </ButtonLink>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
