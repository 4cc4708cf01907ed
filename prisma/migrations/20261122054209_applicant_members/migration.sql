-- This is an empty migration.

-- The people of an applicant start-up, for the operator it applied to. Row-level security keeps
-- a start-up's memberships from every other tenant, so an operator could not notify all of an
-- applicant's people of a decision, nor see that a reviewer it assigns is one of them. These
-- two functions run as the owner and answer only about an application of the calling operator
-- (app_organisation_id(), the active organisation while the signed-in user holds an ACTIVE
-- membership there): for any other application, or with no tenant, they return nothing
-- (false). docs/decisions/0004-row-level-security.md.

-- The user ids of the ACTIVE members of the application's start-up.
CREATE FUNCTION app_applicant_member_ids(application_id text) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT m."userId"
  FROM "Application" a
  JOIN "Membership" m ON m."organisationId" = a."startupId"
  WHERE a.id = application_id
    AND a."organisationId" = app_organisation_id()
    AND m.status = 'ACTIVE'
  ORDER BY m."userId"
$$;

-- Whether the user is an ACTIVE member of the application's start-up.
CREATE FUNCTION app_is_member_of_applicant(application_id text, user_id text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT EXISTS (
    SELECT 1
    FROM "Application" a
    JOIN "Membership" m ON m."organisationId" = a."startupId"
    WHERE a.id = application_id
      AND a."organisationId" = app_organisation_id()
      AND m."userId" = user_id
      AND m.status = 'ACTIVE'
  )
$$;

-- Functions are executable by PUBLIC by default: only the app's role may call these.
REVOKE ALL ON FUNCTION app_applicant_member_ids(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_is_member_of_applicant(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_applicant_member_ids(text) TO incubase_app;
GRANT EXECUTE ON FUNCTION app_is_member_of_applicant(text, text) TO incubase_app;
