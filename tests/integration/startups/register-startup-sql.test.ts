// app_register_startup (SECURITY DEFINER), checked in SQL as the app role: it creates only
// STARTUP organisations, with the transaction's own user as the one ACTIVE founder, a unique
// slug that is never an app path, and at most five a day per founder.
import { describe, expect, it } from "vitest";
import { createStartup } from "../../factories/organisations";
import { createUser } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { asTenant, attempt } from "../rls/app-role";

const REGISTER = `select organisation_id, organisation_slug
  from app_register_startup($1, $2, $3::"FocusArea"[], $4)`;

describe("app_register_startup", () => {
  it("creates a STARTUP organisation, its profile and the caller's active membership", async () => {
    const founder = await createUser(testDb());
    const { rows } = await asTenant(
      { userId: founder.id },
      (client) =>
        client.query<{ organisation_id: string; organisation_slug: string }>(REGISTER, [
          "  Lantau   Vaccines ",
          "大嶼山疫苗",
          "{INFECTIOUS_DISEASE}",
          "CSO",
        ]),
      { commit: true },
    );
    const [created] = rows;
    expect(created?.organisation_slug).toBe("lantau-vaccines");
    const organisation = await testDb().organisation.findUniqueOrThrow({
      where: { id: created!.organisation_id },
      include: { memberships: true, startupProfile: true },
    });
    expect(organisation).toMatchObject({
      kind: "STARTUP",
      name: "Lantau Vaccines",
      nameZh: "大嶼山疫苗",
    });
    expect(organisation.memberships).toMatchObject([
      { userId: founder.id, role: "STARTUP_MEMBER", status: "ACTIVE", title: "CSO" },
    ]);
    expect(organisation.startupProfile?.focusAreas).toEqual(["INFECTIOUS_DISEASE"]);
  });

  it("refuses a call with no signed-in user, or a deactivated one, and writes nothing", async () => {
    const before = await testDb().organisation.count();
    const anonymous = await asTenant(null, (client) =>
      attempt(client, REGISTER, ["Nobody Bio", null, "{}", null]),
    );
    expect(anonymous.error?.code).toBe("42501");
    const gone = await createUser(testDb(), { deactivatedAt: new Date() });
    const deactivated = await asTenant({ userId: gone.id }, (client) =>
      attempt(client, REGISTER, ["Gone Bio", null, "{}", null]),
    );
    expect(deactivated.error?.code).toBe("42501");
    expect(await testDb().organisation.count()).toBe(before);
  });

  it("makes the slug unique and keeps clear of the app's own paths", async () => {
    await createStartup(testDb(), { slug: "tsuen-wan-rna" });
    const founder = await createUser(testDb());
    const slugs = await asTenant(
      { userId: founder.id },
      async (client) => {
        const names = ["Tsuen Wan RNA", "Account", "Sign-in", "中藥現代化"];
        const found: string[] = [];
        for (const name of names) {
          const { rows } = await client.query<{ organisation_slug: string }>(REGISTER, [
            name,
            null,
            "{}",
            null,
          ]);
          found.push(rows[0]!.organisation_slug);
        }
        return found;
      },
      { commit: true },
    );
    expect(slugs.slice(0, 3)).toEqual(["tsuen-wan-rna-2", "account-2", "sign-in-2"]);
    expect(slugs[3]).toMatch(/^startup(-\d+)?$/);
  });

  it("stops a founder at five start-ups in 24 hours", async () => {
    const founder = await createUser(testDb());
    const results = await asTenant({ userId: founder.id }, async (client) => {
      const outcomes = [];
      for (let index = 1; index <= 6; index++) {
        outcomes.push(await attempt(client, REGISTER, [`Wan Chai Bio ${index}`, null, "{}", null]));
      }
      return outcomes;
    });
    expect(results.slice(0, 5).every((result) => result.error === null)).toBe(true);
    expect(results[5]?.error?.code).toBe("54000");
  });

  it("is the only way in: the app role still cannot insert an organisation, nor PUBLIC call it", async () => {
    const founder = await createUser(testDb());
    const direct = await asTenant({ userId: founder.id }, (client) =>
      attempt(
        client,
        `insert into "Organisation" (id, kind, slug, name, "updatedAt") values ('x', 'OPERATOR', 'x', 'X', now())`,
      ),
    );
    expect(direct.error?.code).toBe("42501");
    const [privileges] = await testDb().$queryRaw<{ app: boolean; everyone: boolean }[]>`
      select has_function_privilege('incubase_app', 'app_register_startup(text, text, "FocusArea"[], text)', 'execute') as app,
             coalesce((select bool_or(acl::text like '=X%')
                       from pg_proc p, unnest(p.proacl) acl
                       where p.proname = 'app_register_startup'), false) as everyone`;
    expect(privileges).toEqual({ app: true, everyone: false });
  });
});
