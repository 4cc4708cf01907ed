import type { Organisation } from "@/lib/generated/prisma/client";
import type { FactoryDatabase } from "@/tests/factories/database";
import { createOperator, createPartner, createStartup } from "@/tests/factories/organisations";
import { createUser, type FactoryUser } from "@/tests/factories/users";
import { must } from "./lookup";
import { type OperatorKey, type PartnerKey, STAFF } from "./staff";
import { emailOf, STARTUPS, type StartupSeed } from "./startups";

export type SeedOrganisations = {
  hkstp: Organisation;
  cuhk: Organisation;
  astrazeneca: Organisation;
  boehringer: Organisation;
  startups: Map<string, Organisation>;
};

export type StartupTeam = { seed: StartupSeed; founder: FactoryUser; cofounder: FactoryUser };

export type SeedPeople = {
  platformAdmin: FactoryUser;
  /** Operator staff, mentors and partner users by their key in staff.ts. */
  staff: Map<string, FactoryUser>;
  /** Founder and co-founder of each start-up, by start-up slug. */
  teams: Map<string, StartupTeam>;
};

/** Creates the operators (HKSTP first: it is the seed's marker), partners and start-ups. */
export async function seedOrganisations(db: FactoryDatabase): Promise<SeedOrganisations> {
  const hkstp = await createOperator(db, {
    slug: "hkstp",
    name: "Hong Kong Science and Technology Parks Corporation",
    nameZh: "香港科技園公司",
    website: "https://www.hkstp.org",
    description:
      "Runs Hong Kong Science Park and its incubation programmes. Home to more than 150 biotech companies, the Institute for Translational Research (ITR), the Biomedical Technology Support Centre and GMP Facilities (Cell Processing).",
  });
  const cuhk = await createOperator(db, {
    slug: "cuhk-biotech-incubator",
    name: "CUHK Biotech Incubator",
    nameZh: "中大生物科技培育中心",
    description:
      "University incubator for CUHK spin-outs in Sha Tin, with access to the CUHK GMP facility for cell and gene therapy.",
  });
  const astrazeneca = await createPartner(db, {
    slug: "astrazeneca",
    name: "AstraZeneca Hong Kong",
    nameZh: "阿斯利康香港",
    website: "https://www.astrazeneca.com",
    description: "Co-incubation partner of HKSTP since 2021.",
  });
  const boehringer = await createPartner(db, {
    slug: "boehringer-ingelheim",
    name: "Boehringer Ingelheim",
    nameZh: "勃林格殷格翰",
    website: "https://www.boehringer-ingelheim.com",
    description: "Co-incubation partner of HKSTP for infectious diseases and immunology.",
  });
  const startups = new Map<string, Organisation>();
  for (const startup of STARTUPS) {
    const organisation = await createStartup(
      db,
      {
        slug: startup.slug,
        name: startup.name,
        nameZh: startup.nameZh,
        website: `https://www.${startup.domain}`,
        description: startup.pipelineSummary,
      },
      {
        foundedYear: startup.foundedYear,
        headcount: startup.headcount,
        focusAreas: startup.focusAreas,
        leadAsset: startup.leadAsset,
        pipelineStage: startup.pipelineStage,
        pipelineSummary: startup.pipelineSummary,
        universityOrigin: startup.universityOrigin,
      },
    );
    startups.set(startup.slug, organisation);
  }
  return { hkstp, cuhk, astrazeneca, boehringer, startups };
}

/** Creates every demo user and their memberships; all share one password hash. */
export async function seedPeople(
  db: FactoryDatabase,
  organisations: SeedOrganisations,
  passwordHash: string,
): Promise<SeedPeople> {
  const organisationIds: Record<OperatorKey | PartnerKey, string> = {
    hkstp: organisations.hkstp.id,
    cuhk: organisations.cuhk.id,
    astrazeneca: organisations.astrazeneca.id,
    boehringer: organisations.boehringer.id,
  };
  const platformAdmin = await createUser(db, {
    email: "platform@incubase.demo",
    name: "Olivia Tam",
    nameZh: "譚詠琳",
    isPlatformAdmin: true,
    passwordHash,
    lastSignInAt: new Date("2026-11-20T09:12:00+08:00"),
  });

  const staff = new Map<string, FactoryUser>();
  const memberships: { organisationId: string; userId: string; role: StaffRole; title: string }[] =
    [];
  for (const person of STAFF) {
    const user = await createUser(db, {
      email: person.email,
      name: person.name,
      nameZh: person.nameZh,
      passwordHash,
    });
    staff.set(person.key, user);
    for (const membership of person.memberships) {
      memberships.push({
        organisationId: organisationIds[membership.organisation],
        userId: user.id,
        role: membership.role,
        title: membership.title,
      });
    }
  }

  const teams = new Map<string, StartupTeam>();
  for (const startup of STARTUPS) {
    const organisationId = must(organisations.startups, startup.slug).id;
    const [founder, cofounder] = [startup.founder, startup.cofounder];
    const team: StartupTeam = {
      seed: startup,
      founder: await createUser(db, {
        email: emailOf(founder, startup.domain),
        name: founder.name,
        nameZh: founder.nameZh,
        passwordHash,
      }),
      cofounder: await createUser(db, {
        email: emailOf(cofounder, startup.domain),
        name: cofounder.name,
        nameZh: cofounder.nameZh,
        passwordHash,
      }),
    };
    teams.set(startup.slug, team);
    memberships.push(
      { organisationId, userId: team.founder.id, role: "STARTUP_MEMBER", title: founder.title },
      { organisationId, userId: team.cofounder.id, role: "STARTUP_MEMBER", title: cofounder.title },
    );
  }
  await db.membership.createMany({ data: memberships });
  return { platformAdmin, staff, teams };
}

type StaffRole = (typeof STAFF)[number]["memberships"][number]["role"];
