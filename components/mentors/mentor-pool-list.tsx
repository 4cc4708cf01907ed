import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { MentorPoolEntry } from "@/lib/data/mentors/list-mentor-pool";
import { coachingTopicLabels } from "@/lib/domain/coaching-labels";
import { focusAreaLabels } from "@/lib/domain/focus-areas";
import { languageLabel } from "@/lib/domain/mentor-matching";

/** The mentor pool: expertise, areas, languages, load against capacity and current start-ups. */
export function MentorPoolList({
  organisation,
  mentors,
}: {
  organisation: string;
  mentors: MentorPoolEntry[];
}) {
  return (
    <ul className="divide-y divide-ink-100">
      {mentors.map((mentor) => {
        const isFull = mentor.load >= mentor.capacity;
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
                    <Badge tone="info">EIR</Badge>
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
                        {coachingTopicLabels[topic]}
                      </Badge>
                    ))}
                    {mentor.profile.therapeuticAreas.map((area) => (
                      <Badge key={area} tone="neutral">
                        {focusAreaLabels[area]}
                      </Badge>
                    ))}
                  </div>
                  <p className="text-xs text-ink-500">
                    Speaks {mentor.profile.languages.map(languageLabel).join(", ")}
                  </p>
                </>
              ) : (
                <p className="text-sm text-amber-700">
                  No profile yet: matching cannot rank their expertise until they fill it in.
                </p>
              )}
            </div>
            <div className="space-y-1.5 text-sm">
              <p className={isFull ? "font-medium text-amber-700" : "text-ink-700"}>
                {mentor.load} of {mentor.capacity} places used
              </p>
              <ProgressBar
                value={mentor.load}
                max={Math.max(mentor.capacity, 1)}
                label={`${mentor.name}: ${mentor.load} of ${mentor.capacity} places used`}
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
                        {startup.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
