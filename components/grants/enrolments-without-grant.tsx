import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { getFormat } from "@/i18n/format";
import { localName } from "./local-name";

type Enrolment = {
  id: string;
  startsOn: Date;
  startup: { name: string; nameZh: string | null };
  programme: { name: string; nameZh: string | null };
};

/** Active enrolments still waiting for their grant (the 50 latest), each with the way to award it. */
export async function EnrolmentsWithoutGrant({
  organisation,
  enrolments,
  totalCount,
  canAward,
}: {
  organisation: string;
  enrolments: Enrolment[];
  totalCount: number;
  canAward: boolean;
}) {
  const t = await getTranslations("grants");
  const f = await getFormat();
  return (
    <>
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
                {t("waiting.enrolledFrom", {
                  programme: localName(
                    f.locale,
                    enrolment.programme.name,
                    enrolment.programme.nameZh,
                  ),
                  date: f.date(enrolment.startsOn),
                })}
              </p>
            </div>
            {canAward ? (
              <ButtonLink
                href={`/${organisation}/grants/award/${enrolment.id}`}
                variant="secondary"
                size="sm"
              >
                {t("waiting.award")}
              </ButtonLink>
            ) : null}
          </li>
        ))}
      </ul>
      {totalCount > enrolments.length ? (
        <p className="border-t border-ink-100 px-4 py-3 text-sm text-ink-500 sm:px-5">
          {t("waiting.more", { shown: enrolments.length, count: totalCount })}
        </p>
      ) : null}
    </>
  );
}
