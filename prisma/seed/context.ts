import type { FactoryDatabase } from "@/tests/factories/database";
import type { FactoryUser } from "@/tests/factories/users";
import type { CallKey, SeedCall } from "./calls";
import { must } from "./lookup";
import type { SeedOrganisations, SeedPeople, StartupTeam } from "./people";
import type { ProgrammeKey, SeedProgramme } from "./programmes";

/** What the seed has built so far, handed from step to step. */
export type SeedContext = {
  db: FactoryDatabase;
  organisations: SeedOrganisations;
  people: SeedPeople;
  programmes: Map<ProgrammeKey, SeedProgramme>;
  calls: Map<CallKey, SeedCall>;
};

/** A member of staff, a mentor or a partner user by their key in staff.ts. */
export function staffMember(context: SeedContext, key: string): FactoryUser {
  return must(context.people.staff, key);
}

/** A start-up's founder and co-founder by the start-up's slug. */
export function teamOf(context: SeedContext, slug: string): StartupTeam {
  return must(context.people.teams, slug);
}

/** The officer who runs a programme's intake and cohort. */
export function officerFor(context: SeedContext, programmeKey: ProgrammeKey): FactoryUser {
  switch (programmeKey) {
    case "incuBio":
      return staffMember(context, "officer");
    case "astrazeneca":
    case "boehringer":
      return staffMember(context, "coIncubationOfficer");
    case "cuhkSeed":
      return staffMember(context, "cuhkOfficer");
  }
}
