import type { FocusArea, MembershipRole } from "@/lib/generated/prisma/enums";
import type { Column } from "./insert";
import type { ScaleContext, ScaleOperator, ScaleStartup } from "./context";
import {
  CHINESE_GIVEN_NAMES,
  COACHING_TOPICS,
  COFOUNDER_TITLES,
  FOCUS_VOCABULARY,
  FOUNDER_TITLES,
  GIVEN_NAMES,
  PIPELINE_STAGES,
  PLACES,
  SURNAMES,
  UNIVERSITIES,
} from "./words";

const FOCUS_AREAS = Object.keys(FOCUS_VOCABULARY) as FocusArea[];
const QUALIFIERS = [
  ["Sciences", "科學"],
  ["Innovations", "創新"],
  ["Asia", "亞洲"],
  ["Labs", "實驗室"],
  ["Holdings", "控股"],
] as const;

const USER_COLUMNS: Column[] = [
  ["id", "text"],
  ["email", "text"],
  ["name", "text"],
  ["nameZh", "text"],
  ["passwordHash", "text"],
  ["updatedAt", "timestamptz"],
];
const MEMBERSHIP_COLUMNS: Column[] = [
  ["id", "text"],
  ["organisationId", "text"],
  ["userId", "text"],
  ["role", '"MembershipRole"'],
  ["title", "text"],
  ["updatedAt", "timestamptz"],
];

type Person = { name: string; nameZh: string; email: string };

/** A Hong Kong name in English and Chinese and a unique email on `domain`. */
function newPerson(context: ScaleContext, domain: string, doctorShare: number): Person {
  const { random } = context;
  const given = random.pick(GIVEN_NAMES);
  const [surname, surnameZh] = random.pick(SURNAMES);
  const base = `${given}.${surname}`.toLowerCase();
  let email = `${base}@${domain}`;
  for (let suffix = 2; context.usedEmails.has(email); suffix++)
    email = `${base}${suffix}@${domain}`;
  context.usedEmails.add(email);
  const title = random.chance(doctorShare) ? "Dr " : "";
  return {
    name: `${title}${given} ${surname}`,
    nameZh: `${surnameZh}${random.pick(CHINESE_GIVEN_NAMES)}`,
    email,
  };
}

function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Officers, finance approvers, admins and the mentor pool of every operator. */
export async function seedStaff(context: ScaleContext): Promise<void> {
  const { ids, now, random } = context;
  const users: unknown[][] = [];
  const memberships: unknown[][] = [];
  const profiles: unknown[][] = [];
  const add = (operator: ScaleOperator, role: MembershipRole, title: string, doctors: number) => {
    const person = newPerson(context, `${operator.slug}.demo`, doctors);
    const userId = ids.next("us");
    users.push([userId, person.email, person.name, person.nameZh, context.passwordHash, now]);
    memberships.push([ids.next("mb"), operator.id, userId, role, title, now]);
    return userId;
  };
  for (const operator of context.operators) {
    const counts = context.plan.staff[operator.key];
    for (let index = 0; index < counts.officers; index++) {
      operator.officers.push(add(operator, "PROGRAMME_OFFICER", "Programme Officer", 0.3));
    }
    for (let index = 0; index < counts.finance; index++) {
      operator.finance.push(add(operator, "FINANCE_APPROVER", "Finance Manager", 0));
    }
    for (let index = 0; index < counts.admins; index++) {
      operator.admins.push(add(operator, "OPERATOR_ADMIN", "Incubation Operations", 0));
    }
    for (let index = 0; index < counts.mentors; index++) {
      const isResident = random.chance(0.1);
      const userId = add(
        operator,
        "MENTOR",
        isResident ? "Entrepreneur-in-residence" : "Mentor",
        0.6,
      );
      operator.mentors.push(userId);
      profiles.push([
        ids.next("mp"),
        operator.id,
        userId,
        isResident ? "Entrepreneur-in-residence" : "Industry mentor",
        random.sample(COACHING_TOPICS, random.int(2, 4)),
        random.sample(FOCUS_AREAS, random.int(1, 3)),
        random.chance(0.7) ? ["en", "yue"] : ["en", "yue", "cmn"],
        random.int(4, 10),
        isResident,
        now,
      ]);
    }
  }
  await context.writer.insert("User", USER_COLUMNS, users);
  await context.writer.insert("Membership", MEMBERSHIP_COLUMNS, memberships);
  await context.writer.insert(
    "MentorProfile",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["userId", "text"],
      ["headline", "text"],
      ["expertise", '"CoachingTopic"[]'],
      ["therapeuticAreas", '"FocusArea"[]'],
      ["languages", "text[]"],
      ["capacity", "int"],
      ["isEntrepreneurInResidence", "boolean"],
      ["updatedAt", "timestamptz"],
    ],
    profiles,
  );
}

/** A start-up name no one has: place, stem and suffix of its focus area. */
function newStartupName(context: ScaleContext, focus: FocusArea, taken: Set<string>) {
  const { random } = context;
  const vocabulary = FOCUS_VOCABULARY[focus];
  for (let attempt = 0; attempt < 40; attempt++) {
    const [place, placeZh] = random.pick(PLACES);
    const [suffix, suffixZh] = random.pick(vocabulary.suffixes);
    const stem = random.chance(0.5) ? random.pick(vocabulary.stems) : null;
    const qualifier = attempt >= 8 ? random.pick(QUALIFIERS) : null;
    const name = [place, stem?.[0], suffix, qualifier?.[0]].filter(Boolean).join(" ");
    const slug = slugify(name);
    if (taken.has(name) || context.usedSlugs.has(slug)) continue;
    taken.add(name);
    context.usedSlugs.add(slug);
    return { name, nameZh: `${placeZh}${stem?.[1] ?? ""}${suffixZh}${qualifier?.[1] ?? ""}`, slug };
  }
  throw new Error("Ran out of start-up names; add words to scripts/scale/words.ts");
}

/** The start-ups with their profiles, founders and (most of them) a co-founder. */
export async function seedStartups(context: ScaleContext): Promise<void> {
  const { ids, now, random } = context;
  const organisations: unknown[][] = [];
  const profiles: unknown[][] = [];
  const users: unknown[][] = [];
  const memberships: unknown[][] = [];
  const taken = new Set<string>();
  for (let index = 0; index < context.plan.startups; index++) {
    const focus = random.pick(FOCUS_AREAS);
    const focusAreas = random.chance(0.4)
      ? [focus, random.pick(FOCUS_AREAS.filter((area) => area !== focus))]
      : [focus];
    const { name, nameZh, slug } = newStartupName(context, focus, taken);
    const id = ids.next("or");
    const vocabulary = FOCUS_VOCABULARY[focus];
    const asset = `${slug.slice(0, 2).toUpperCase()}-${random.int(101, 989)}, ${random.pick(vocabulary.assets)}`;
    const indication = random.pick(vocabulary.indications);
    const summary = `Developing a ${asset.split(", ")[1]} for ${indication}.`;
    organisations.push([id, "STARTUP", slug, name, nameZh, summary, `https://www.${slug}.hk`, now]);
    profiles.push([
      ids.next("sp"),
      id,
      random.int(2012, 2026),
      random.int(3, 60),
      focusAreas,
      asset,
      random.pick(PIPELINE_STAGES),
      summary,
      random.pick(UNIVERSITIES),
      now,
    ]);
    const domain = `${slug.replaceAll("-", "")}.demo`;
    const founder = newPerson(context, domain, 0.5);
    const founderId = ids.next("us");
    users.push([founderId, founder.email, founder.name, founder.nameZh, context.passwordHash, now]);
    memberships.push([
      ids.next("mb"),
      id,
      founderId,
      "STARTUP_MEMBER",
      random.pick(FOUNDER_TITLES),
      now,
    ]);
    let cofounderId: string | null = null;
    if (random.chance(0.6)) {
      const cofounder = newPerson(context, domain, 0.5);
      cofounderId = ids.next("us");
      users.push([
        cofounderId,
        cofounder.email,
        cofounder.name,
        cofounder.nameZh,
        context.passwordHash,
        now,
      ]);
      memberships.push([
        ids.next("mb"),
        id,
        cofounderId,
        "STARTUP_MEMBER",
        random.pick(COFOUNDER_TITLES),
        now,
      ]);
    }
    const startup: ScaleStartup = { id, slug, name, focusAreas, founderId, cofounderId };
    context.startups.push(startup);
  }
  await context.writer.insert(
    "Organisation",
    [
      ["id", "text"],
      ["kind", '"OrganisationKind"'],
      ["slug", "text"],
      ["name", "text"],
      ["nameZh", "text"],
      ["description", "text"],
      ["website", "text"],
      ["updatedAt", "timestamptz"],
    ],
    organisations,
  );
  await context.writer.insert(
    "StartupProfile",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["foundedYear", "int"],
      ["headcount", "int"],
      ["focusAreas", '"FocusArea"[]'],
      ["leadAsset", "text"],
      ["pipelineStage", "text"],
      ["pipelineSummary", "text"],
      ["universityOrigin", "text"],
      ["updatedAt", "timestamptz"],
    ],
    profiles,
  );
  await context.writer.insert("User", USER_COLUMNS, users);
  await context.writer.insert("Membership", MEMBERSHIP_COLUMNS, memberships);
}
