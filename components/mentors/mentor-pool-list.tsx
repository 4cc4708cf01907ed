import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/cohort/local-name";
import { Badge } from "@/components/ui/badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { MentorPoolEntry } from "@/lib/data/mentors/list-mentor-pool";

/** The mentor pool: expertise, areas, languages, load against capacity and current start-ups. */
export async function MentorPoolList({
  organisation,
  mentors,
}: {
  organisation: string;
  mentors: MentorPoolEntry[];
}) {
  const [t, labels, locale] = await Promise.all([
    getTranslations("mentors"),
    getTranslations("coachingClient"),
    getLocale(),
  ]);
  return (
    <ul className="divide-y divide-ink-100">
      {mentors.map((mentor) => {
        const isFull = mentor.load >= mentor.capacity;
        const places = t("pool.placesUsed", { load: mentor.load, capacity: mentor.capacity });
        return (
          <li key={mentor.id} className="grid gap-3 px-4 py-4 sm:px-5 md:grid-cols-[1fr_14rem]">
            <div className="min-w-0 space-y-2">
              <div>
                <p className="font-medium text-ink-900">
                  {mentor.name}
                  {mentor.nameZh ? (
                    <span className="ml-1.5 text-sm font-normal text-ink-500" lang="zh-HK">
                      {mentor.nameZh}
                    </span>
                  ) : null}{" "}
                  {mentor.profile?.isEntrepreneurInResidence ? (
                    <Badge tone="info">{t("pool.eir")}</Badge>
                  ) : null}
                </p>
                <p className="text-sm text-ink-600">
                  {mentor.profile?.headline ?? mentor.title ?? ""}
                </p>
              </div>
              {mentor.profile ? (
                <>
                  <div className="flex flex-wrap gap-1.5">
                    {mentor.profile.expertise.map((topic) => (
                      <Badge key={topic} tone="brand">
                        {labels(`topic.${topic}`)}
                      </Badge>
                    ))}
                    {mentor.profile.therapeuticAreas.map((area) => (
                      <Badge key={area} tone="neutral">
                        {labels(`focusArea.${area}`)}
                      </Badge>
                    ))}
                  </div>
                  <p className="text-xs text-ink-500">
                    {t("pool.speaks", {
                      languages: mentor.profile.languages
                        .map((language) =>
                          labels.has(`language.${language}`)
                            ? labels(`language.${language}`)
                            : language,
                        )
                        .join(locale.startsWith("zh") ? "、" : ", "),
                    })}
                  </p>
                </>
              ) : (
                <p className="text-sm text-amber-700">{t("pool.noProfile")}</p>
              )}
            </div>
            <div className="space-y-1.5 text-sm">
              <p className={isFull ? "font-medium text-amber-700" : "text-ink-700"}>{places}</p>
              <ProgressBar
                value={mentor.load}
                max={Math.max(mentor.capacity, 1)}
                label={`${mentor.name}: ${places}`}
                tone={isFull ? "warning" : "brand"}
              />
              {mentor.startups.length > 0 ? (
                <ul className="text-xs text-ink-600">
                  {mentor.startups.map((startup) => (
                    <li key={startup.enrolmentId}>
                      <Link
                        href={`/${organisation}/cohort/${startup.enrolmentId}`}
                        className="hover:underline"
                      >
                        {localName(locale, startup)}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
              <Link
                href={`/${organisation}/cohort?status=ALL&mentor=${mentor.id}`}
                className="inline-block text-xs font-medium text-brand-700 hover:underline"
              >
                {t("pool.inCohort")}
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
