-- This is an empty migration.

-- Start-ups register themselves (sign-up, or a signed-in person founding another start-up).
-- The app role may not insert organisations (20261122052533_organisation_writes), and a new
-- start-up's profile and first membership are refused by row-level security until someone is
-- a member: this one function does exactly that registration and nothing else
-- (docs/decisions/0004-row-level-security.md, addendum "start-ups register").
--   * kind is always STARTUP: it cannot create an operator (a tenant) or a partner;
--   * the founder is the transaction's own user (app.user_id), who must exist and be active;
--   * the slug is made here from the name, unique, never one of the app's own top-level paths;
--   * at most 5 start-ups founded by one user in 24 hours (the app limits sign-ups per client
--     address besides; this is the database's own cap should that check ever be bypassed).
CREATE FUNCTION app_register_startup(
  startup_name text,
  startup_name_zh text,
  focus_areas "FocusArea"[],
  founder_title text
) RETURNS TABLE (organisation_id text, organisation_slug text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
  founder_id text := app_user_id();
  clean_name text := btrim(regexp_replace(coalesce(startup_name, ''), '\s+', ' ', 'g'));
  clean_name_zh text := nullif(btrim(coalesce(startup_name_zh, '')), '');
  clean_title text := nullif(btrim(coalesce(founder_title, '')), '');
  base_slug text;
  candidate text;
  new_id text := 'c' || left(replace(gen_random_uuid()::text, '-', ''), 24);
  attempt integer := 1;
  recent integer;
  reserved constant text[] := ARRAY[
    'about', 'account', 'admin', 'api', 'app', 'calls', 'help', 'home', 'invitations',
    'new', 'no-access', 'notifications', 'platform', 'privacy', 'programmes', 'public',
    'settings', 'sign-in', 'sign-out', 'sign-up', 'startups', 'static', 'support', 'terms'
  ];
BEGIN
  IF founder_id IS NULL OR NOT EXISTS (
    SELECT 1 FROM "User" u WHERE u.id = founder_id AND u."deactivatedAt" IS NULL
  ) THEN
    RAISE EXCEPTION 'app_register_startup: no active signed-in user' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF char_length(clean_name) NOT BETWEEN 2 AND 120 THEN
    RAISE EXCEPTION 'app_register_startup: the name must have 2 to 120 characters' USING ERRCODE = 'check_violation';
  END IF;
  IF clean_name_zh IS NOT NULL AND char_length(clean_name_zh) > 120 THEN
    RAISE EXCEPTION 'app_register_startup: the Chinese name must have at most 120 characters' USING ERRCODE = 'check_violation';
  END IF;
  IF clean_title IS NOT NULL AND char_length(clean_title) > 120 THEN
    RAISE EXCEPTION 'app_register_startup: the title must have at most 120 characters' USING ERRCODE = 'check_violation';
  END IF;

  -- One founder at a time: the cap below cannot be raced past by parallel requests.
  PERFORM pg_advisory_xact_lock(hashtextextended('app_register_startup:' || founder_id, 0));
  SELECT count(*) INTO recent
  FROM "Membership" m JOIN "Organisation" o ON o.id = m."organisationId"
  WHERE m."userId" = founder_id AND o.kind = 'STARTUP' AND o."createdAt" > now() - interval '24 hours';
  IF recent >= 5 THEN
    RAISE EXCEPTION 'app_register_startup: too many start-ups registered by this user today' USING ERRCODE = 'program_limit_exceeded';
  END IF;

  -- "Pok Fu Lam Cell Therapeutics" → "pok-fu-lam-cell-therapeutics"; a name with no Latin
  -- letters or digits (a Chinese-only name) becomes "startup".
  base_slug := left(btrim(regexp_replace(lower(clean_name), '[^a-z0-9]+', '-', 'g'), '-'), 48);
  base_slug := btrim(base_slug, '-');
  IF base_slug = '' THEN base_slug := 'startup'; END IF;

  LOOP
    candidate := CASE WHEN attempt = 1 THEN base_slug ELSE base_slug || '-' || attempt END;
    IF NOT candidate = ANY (reserved) THEN
      BEGIN
        INSERT INTO "Organisation" (id, kind, slug, name, "nameZh", "createdAt", "updatedAt")
        VALUES (new_id, 'STARTUP', candidate, clean_name, clean_name_zh, now(), now());
        EXIT;
      EXCEPTION WHEN unique_violation THEN
        -- Taken (perhaps by a concurrent registration): try the next suffix.
        NULL;
      END;
    END IF;
    attempt := attempt + 1;
    IF attempt > 1000 THEN
      RAISE EXCEPTION 'app_register_startup: no free slug for %', base_slug;
    END IF;
  END LOOP;

  INSERT INTO "StartupProfile" (id, "organisationId", "focusAreas", "createdAt", "updatedAt")
  VALUES ('c' || left(replace(gen_random_uuid()::text, '-', ''), 24), new_id,
          coalesce(focus_areas, ARRAY[]::"FocusArea"[]), now(), now());
  INSERT INTO "Membership" (id, "organisationId", "userId", role, status, title, "createdAt", "updatedAt")
  VALUES ('c' || left(replace(gen_random_uuid()::text, '-', ''), 24), new_id, founder_id,
          'STARTUP_MEMBER', 'ACTIVE', clean_title, now(), now());

  RETURN QUERY SELECT new_id, candidate;
END
$$;

-- Functions are executable by PUBLIC by default: only the app's role may call this one.
REVOKE ALL ON FUNCTION app_register_startup(text, text, "FocusArea"[], text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_register_startup(text, text, "FocusArea"[], text) TO incubase_app;
