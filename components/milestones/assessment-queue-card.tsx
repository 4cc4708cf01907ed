import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getFormat } from "@/i18n/format";
import type { AssessmentQueue } from "@/lib/data/milestones/list-assessment-queue";
import { milestonePath } from "@/lib/domain/milestone-paths";
import { localName } from "./local-name";

/**
 * Evidence waiting for the officer's assessment (or the mentor's sign-off), oldest first: the
 * first few, the full count, and a link to the overview filtered to all of them.
 */
export async function AssessmentQueueCard({
  organisationSlug,
  queue,
  isMentor,
  locale,
}: {
  organisationSlug: string;
  queue: AssessmentQueue;
  isMentor: boolean;
  locale: string;
}) {
  const [t, f] = await Promise.all([getTranslations("milestones"), getFormat()]);
  return (
    <Card>
      <CardHeader
        title={isMentor ? t("queue.signOffTitle") : t("queue.assessTitle")}
        description={isMentor ? t("queue.signOffDescription") : t("queue.assessDescription")}
        action={<span className="text-ink-500 tabular-nums">{f.number(queue.total)}</span>}
      />
      {queue.items.length === 0 ? (
        <CardBody>
          <p className="text-sm text-ink-500">
            {isMentor ? t("queue.signOffEmpty") : t("queue.assessEmpty")}
          </p>
        </CardBody>
      ) : (
        <>
          <ul className="divide-y divide-ink-100">
            {queue.items.map((item) => (
              <li key={item.id} className="px-4 py-2.5 sm:px-5">
                <Link
                  href={milestonePath(organisationSlug, item.enrolment.id, item.id)}
                  className="text-sm font-medium text-ink-900 hover:text-brand-700 hover:underline"
                >
                  {item.title}
                </Link>
                <p className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-ink-500">
                  <span>
                    {localName(locale, item.enrolment.startup.name, item.enrolment.startup.nameZh)}
                  </span>
                  <span>{t(`category.${item.category}`)}</span>
                  {item.submittedAt ? (
                    <span>{t("queue.submittedAt", { date: f.dateTime(item.submittedAt) })}</span>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
          {queue.total > queue.items.length ? (
            <p className="border-t border-ink-100 px-4 py-2.5 text-sm sm:px-5">
              <Link
                href={`/${organisationSlug}/milestones?status=SUBMITTED&enrolment=ACTIVE`}
                className="font-medium text-brand-700 hover:underline"
              >
                {t("queue.showAll", { count: queue.total })}
              </Link>
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}
