-- This is an empty migration.

-- A decision's rationale is the operator's own reasoning. The start-up's select policy on
-- "Decision" lets it read its decision (outcome, feedback, date), and row-level security works
-- on rows, not columns: so the app role loses SELECT on the rationale column itself, and the
-- operator reads it through app_decision_rationale(), which answers only for a decision of the
-- calling operator (app_organisation_id(): the active organisation while the signed-in user
-- holds an ACTIVE membership there). Inserting a decision still works (INSERT privilege is
-- unchanged; Prisma's RETURNING asks only for the id). docs/decisions/0004-row-level-security.md.
REVOKE SELECT ON "Decision" FROM incubase_app;
GRANT SELECT ("id", "organisationId", "applicationId", "outcome", "feedbackToApplicant",
  "decidedById", "decidedAt", "notifiedAt", "createdAt", "updatedAt") ON "Decision" TO incubase_app;

CREATE FUNCTION app_decision_rationale(application_id text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT d.rationale
  FROM "Decision" d
  WHERE d."applicationId" = application_id
    AND d."organisationId" = app_organisation_id()
$$;

REVOKE ALL ON FUNCTION app_decision_rationale(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_decision_rationale(text) TO incubase_app;
