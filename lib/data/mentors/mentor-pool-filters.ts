import { coachingTopicLabels } from "@/lib/domain/coaching-labels";
import type { CoachingTopic } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The mentor pool's filters: part of a name, and one area of expertise. */
export type MentorPoolFilters = { search?: string; expertise?: CoachingTopic };

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function read(params: Params, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** `?q=&expertise=`; an unknown topic is ignored. */
export function parseMentorPoolFilters(params: Params): MentorPoolFilters {
  const search = read(params, "q")?.trim().slice(0, 100);
  const expertise = read(params, "expertise");
  return {
    search: search ? search : undefined,
    expertise:
      expertise && Object.hasOwn(coachingTopicLabels, expertise)
        ? (expertise as CoachingTopic)
        : undefined,
  };
}

/** The operator's active mentor memberships matching the filters. */
export function mentorPoolWhere(
  organisationId: string,
  { search, expertise }: MentorPoolFilters,
): Prisma.MembershipWhereInput {
  return {
    organisationId,
    role: "MENTOR",
    status: "ACTIVE",
    ...(search || expertise
      ? {
          user: {
            AND: [
              search
                ? {
                    OR: [
                      { name: { contains: search, mode: "insensitive" as const } },
                      { nameZh: { contains: search } },
                    ],
                  }
                : {},
              expertise
                ? { mentorProfiles: { some: { organisationId, expertise: { has: expertise } } } }
                : {},
            ],
          },
        }
      : {}),
  };
}

/** The query string of the filters (for the CSV link). */
export function mentorPoolFilterQuery(filters: MentorPoolFilters): string {
  const query = new URLSearchParams();
  if (filters.search) query.set("q", filters.search);
  if (filters.expertise) query.set("expertise", filters.expertise);
  return query.toString();
}
