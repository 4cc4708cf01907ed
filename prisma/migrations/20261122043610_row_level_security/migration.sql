-- Row-level security: the database's own check that a tenant reads and writes only its rows,
-- behind the tenant filter every query of the app already carries. Why and how:
-- docs/decisions/0004-row-level-security.md.
--
-- The app connects as `incubase_app`: not the owner of any table, not a superuser, no
-- BYPASSRLS, so every policy below binds it. Migrations, the seed and test fixtures connect as
-- the owner, which RLS does not bind (ENABLE, not FORCE). The app sets the tenant per
-- transaction with set_config(..., true):
--   app.user_id                  the signed-in user
--   app.organisation_id          the active organisation (honoured only while that user has
--                                an ACTIVE membership in it)
--   app.platform_admin           'on' for the platform console (honoured only for a user whose
--                                row says isPlatformAdmin)
--   app.invitation_token_hash    sha256 of an invitation link's token, inside the transaction
--                                that reads or accepts that invitation
-- Nothing set = no tenant: only public rows (active programmes, published calls and their
-- published forms and criteria, platform milestone templates) are visible.

-- ─────────────────────────────── The app's role ───────────────────────────────

-- Roles belong to the whole server, not to one database: another database on the same server
-- (a test clone, a second checkout) may have created it already, or be creating it right now.
DO $$
DECLARE
  existing record;
BEGIN
  SELECT rolsuper, rolbypassrls INTO existing FROM pg_roles WHERE rolname = 'incubase_app';
  IF NOT FOUND THEN
    BEGIN
      CREATE ROLE incubase_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;
    END;
  ELSIF existing.rolsuper OR existing.rolbypassrls THEN
    RAISE EXCEPTION 'role incubase_app exists with SUPERUSER or BYPASSRLS: row-level security would not bind it';
  END IF;
END $$;

DO $$
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO incubase_app', current_schema());
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO incubase_app', current_schema());
  EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO incubase_app', current_schema());
  -- Tables of later migrations get the same grants; the RLS test fails for any of them that
  -- is neither under row-level security nor on its short list of global tables.
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO incubase_app', current_schema());
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE ON SEQUENCES TO incubase_app', current_schema());
END $$;

-- The migration history is the owner's business only.
REVOKE ALL ON "_prisma_migrations" FROM incubase_app;
-- Append-only.
REVOKE UPDATE, DELETE ON "AuditEvent" FROM incubase_app;
-- Global tables: deleting a row would cascade into every tenant's rows as the owner, past RLS.
-- The app deactivates users and never deletes organisations.
REVOKE DELETE ON "Organisation", "User" FROM incubase_app;

-- ─────────────────────────────── Context ───────────────────────────────

CREATE FUNCTION app_user_id() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.user_id', true), '') $$;

CREATE FUNCTION app_invitation_token_hash() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.invitation_token_hash', true), '') $$;

-- The active organisation, or null unless the user holds an ACTIVE membership in it: a wrong
-- organisation id in the context opens nothing. SECURITY DEFINER (owner, not bound by RLS)
-- because Membership's own policies call it.
CREATE FUNCTION app_organisation_id() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT m."organisationId"
  FROM "Membership" m
  WHERE m."organisationId" = nullif(current_setting('app.organisation_id', true), '')
    AND m."userId" = nullif(current_setting('app.user_id', true), '')
    AND m.status = 'ACTIVE'
$$;

CREATE FUNCTION app_is_platform_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT coalesce(current_setting('app.platform_admin', true), '') = 'on'
     AND EXISTS (
       SELECT 1 FROM "User" u
       WHERE u.id = nullif(current_setting('app.user_id', true), '')
         AND u."isPlatformAdmin" AND u."deactivatedAt" IS NULL
     )
$$;

-- ─────────────── What the active organisation reaches (SECURITY DEFINER) ───────────────
-- Sets of ids, computed once per statement where a policy says `x IN (SELECT ... FROM f())`.
-- They run as the owner so that a policy never recurses through another table's policies,
-- and they only ever return rows related to app_organisation_id().

-- As a start-up: its applications to any operator, and everything under its enrolments.
CREATE FUNCTION app_startup_applications() RETURNS TABLE (id text, organisation_id text, call_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT a.id, a."organisationId", a."callId" FROM "Application" a WHERE a."startupId" = app_organisation_id() $$;

CREATE FUNCTION app_startup_enrolments() RETURNS TABLE (id text, organisation_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT e.id, e."organisationId" FROM "Enrolment" e WHERE e."startupId" = app_organisation_id() $$;

CREATE FUNCTION app_startup_programmes() RETURNS TABLE (id text, organisation_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT e."programmeId", e."organisationId" FROM "Enrolment" e WHERE e."startupId" = app_organisation_id()
  UNION
  SELECT c."programmeId", c."organisationId"
  FROM "Application" a JOIN "Call" c ON c.id = a."callId"
  WHERE a."startupId" = app_organisation_id()
$$;

CREATE FUNCTION app_startup_coaching_sessions() RETURNS TABLE (id text, organisation_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT s.id, s."organisationId"
  FROM "CoachingSession" s JOIN "Enrolment" e ON e.id = s."enrolmentId"
  WHERE e."startupId" = app_organisation_id()
$$;

CREATE FUNCTION app_startup_milestones() RETURNS TABLE (id text, organisation_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT m.id, m."organisationId"
  FROM "Milestone" m JOIN "Enrolment" e ON e.id = m."enrolmentId"
  WHERE e."startupId" = app_organisation_id()
$$;

CREATE FUNCTION app_startup_milestone_evidence() RETURNS TABLE (id text, organisation_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT me.id, me."organisationId"
  FROM "MilestoneEvidence" me
  JOIN "Milestone" m ON m.id = me."milestoneId"
  JOIN "Enrolment" e ON e.id = m."enrolmentId"
  WHERE e."startupId" = app_organisation_id()
$$;

CREATE FUNCTION app_startup_grants() RETURNS TABLE (id text, organisation_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT g.id, g."organisationId"
  FROM "Grant" g JOIN "Enrolment" e ON e.id = g."enrolmentId"
  WHERE e."startupId" = app_organisation_id()
$$;

CREATE FUNCTION app_startup_disbursements() RETURNS TABLE (id text, organisation_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT d.id, d."organisationId"
  FROM "Disbursement" d
  JOIN "Grant" g ON g.id = d."grantId"
  JOIN "Enrolment" e ON e.id = g."enrolmentId"
  WHERE e."startupId" = app_organisation_id()
$$;

CREATE FUNCTION app_startup_attachments() RETURNS TABLE (id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT f.id FROM "Attachment" f
  WHERE f."applicationId" IN (SELECT a.id FROM app_startup_applications() a)
     OR f."milestoneEvidenceId" IN (SELECT me.id FROM app_startup_milestone_evidence() me)
     OR f."disbursementId" IN (SELECT d.id FROM app_startup_disbursements() d)
$$;

-- As a partner: the programmes it is linked to, and per consent category the enrolments
-- whose start-up shares that category with it (and has not withdrawn).
CREATE FUNCTION app_partner_programmes() RETURNS TABLE (id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT pp."programmeId" FROM "ProgrammePartner" pp WHERE pp."partnerId" = app_organisation_id() $$;

CREATE FUNCTION app_partner_shared_enrolments(shared "ConsentCategory") RETURNS TABLE (id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT e.id
  FROM "Enrolment" e
  JOIN "DataSharingConsent" dc ON dc."programmeId" = e."programmeId" AND dc."startupId" = e."startupId"
  JOIN "ProgrammePartner" pp ON pp."programmeId" = dc."programmeId" AND pp."partnerId" = dc."partnerId"
  WHERE dc."partnerId" = app_organisation_id()
    AND dc.category = shared
    AND dc."withdrawnAt" IS NULL
$$;

-- Documents: the start-up's application files for that programme and its milestone evidence files.
CREATE FUNCTION app_partner_shared_attachments() RETURNS TABLE (id text, organisation_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT f.id, f."organisationId"
  FROM "Attachment" f
  JOIN "Application" a ON a.id = f."applicationId"
  JOIN "Call" c ON c.id = a."callId"
  JOIN "DataSharingConsent" dc ON dc."programmeId" = c."programmeId" AND dc."startupId" = a."startupId"
  JOIN "ProgrammePartner" pp ON pp."programmeId" = dc."programmeId" AND pp."partnerId" = dc."partnerId"
  WHERE dc."partnerId" = app_organisation_id()
    AND dc.category = 'DOCUMENTS'
    AND dc."withdrawnAt" IS NULL
  UNION
  SELECT f.id, f."organisationId"
  FROM "Attachment" f
  JOIN "MilestoneEvidence" me ON me.id = f."milestoneEvidenceId"
  JOIN "Milestone" m ON m.id = me."milestoneId"
  WHERE m."enrolmentId" IN (SELECT s.id FROM app_partner_shared_enrolments('DOCUMENTS') s)
$$;

-- Start-ups whose public profile the active organisation works with: applicants to and
-- enrolments of an operator, the cohort of a partner's programmes.
CREATE FUNCTION app_related_startups() RETURNS TABLE (id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT a."startupId" FROM "Application" a WHERE a."organisationId" = app_organisation_id()
  UNION
  SELECT e."startupId" FROM "Enrolment" e WHERE e."organisationId" = app_organisation_id()
  UNION
  SELECT e."startupId" FROM "Enrolment" e WHERE e."programmeId" IN (SELECT p.id FROM app_partner_programmes() p)
$$;

-- Invitations: holding a link's token is what authorises reading and accepting it. True when
-- the token's invitation names this organisation and the account with the invited address
-- (and, when given, this role); `must_be_open` asks for a pending, unexpired invitation.
CREATE FUNCTION app_invitation_names(organisation_id text, user_id text, invited_role "MembershipRole", must_be_open boolean)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT EXISTS (
    SELECT 1
    FROM "Invitation" i JOIN "User" u ON lower(u.email) = lower(i.email)
    WHERE i."tokenHash" = app_invitation_token_hash()
      AND i."organisationId" = organisation_id
      AND u.id = user_id
      AND (invited_role IS NULL OR i.role = invited_role)
      AND (NOT must_be_open OR (i.status = 'PENDING' AND i."expiresAt" > now()))
  )
$$;

CREATE FUNCTION app_invitation_organisation_id() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT i."organisationId" FROM "Invitation" i WHERE i."tokenHash" = app_invitation_token_hash() $$;

-- The account of the invited address (the invitee acts before they are a member).
CREATE FUNCTION app_invitation_user_id() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT u.id
  FROM "Invitation" i JOIN "User" u ON lower(u.email) = lower(i.email)
  WHERE i."tokenHash" = app_invitation_token_hash()
$$;

-- ─────────────────────────────── Platform console ───────────────────────────────

-- Headline counts per operator tenant. The platform admin belongs to no tenant, so no policy
-- lets them read tenant rows; this function counts as the owner and refuses anyone else.
CREATE FUNCTION platform_tenant_overview()
RETURNS TABLE (
  "id" text,
  "slug" text,
  "name" text,
  "nameZh" text,
  "createdAt" timestamptz,
  "programmeCount" bigint,
  "userCount" bigint,
  "enrolledStartupCount" bigint
)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
  IF NOT app_is_platform_admin() THEN
    RAISE EXCEPTION 'platform_tenant_overview() is for platform admins only' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY
  SELECT o.id, o.slug, o.name, o."nameZh", o."createdAt"::timestamptz,
    (SELECT count(*) FROM "Programme" p WHERE p."organisationId" = o.id AND p.status <> 'ARCHIVED'),
    (SELECT count(*) FROM "Membership" m WHERE m."organisationId" = o.id AND m.status = 'ACTIVE'),
    -- A start-up enrolled in two programmes of one operator counts once.
    (SELECT count(DISTINCT e."startupId") FROM "Enrolment" e WHERE e."organisationId" = o.id AND e.status = 'ACTIVE')
  FROM "Organisation" o
  WHERE o.kind = 'OPERATOR'
  ORDER BY o.name;
END $$;

-- ─────────────────────────────── Append-only and fixed rows ───────────────────────────────

-- Binds the owner too; only the declared ON DELETE SET NULL of a deleted user's actorId
-- (a foreign-key action, run as a nested trigger) may touch an audit row.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1
     AND OLD."actorId" IS NOT NULL AND NEW."actorId" IS NULL
     AND (to_jsonb(NEW) - 'actorId') = (to_jsonb(OLD) - 'actorId') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP USING ERRCODE = '42501';
END $$;

CREATE TRIGGER "AuditEvent_append_only"
BEFORE UPDATE OR DELETE ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

-- An invitation never moves to another organisation or address: the token-holder policies
-- below trust its organisation and email.
CREATE FUNCTION invitation_identity_is_fixed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW."organisationId" IS DISTINCT FROM OLD."organisationId"
     OR NEW.email IS DISTINCT FROM OLD.email
     OR NEW."tokenHash" IS DISTINCT FROM OLD."tokenHash" THEN
    RAISE EXCEPTION 'An invitation''s organisation, email and token never change' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Invitation_identity_is_fixed"
BEFORE UPDATE ON "Invitation"
FOR EACH ROW EXECUTE FUNCTION invitation_identity_is_fixed();

-- ─────────────────────────────── Policies ───────────────────────────────
-- `(SELECT app_organisation_id())` is evaluated once per statement (an InitPlan), not per row.
-- "<Table>_tenant": rows whose organisationId is the active organisation, for every command.

-- People and access

ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Membership_tenant" ON "Membership"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "Membership_own_select" ON "Membership" FOR SELECT
  USING ("userId" = (SELECT app_user_id()));
CREATE POLICY "Membership_invitee_select" ON "Membership" FOR SELECT
  USING ((SELECT app_invitation_token_hash()) IS NOT NULL AND app_invitation_names("organisationId", "userId", NULL, false));
CREATE POLICY "Membership_invitee_insert" ON "Membership" FOR INSERT
  WITH CHECK (app_invitation_names("organisationId", "userId", role, true));
CREATE POLICY "Membership_invitee_update" ON "Membership" FOR UPDATE
  USING ((SELECT app_invitation_token_hash()) IS NOT NULL AND app_invitation_names("organisationId", "userId", NULL, true))
  WITH CHECK (status = 'ACTIVE' AND app_invitation_names("organisationId", "userId", role, true));

ALTER TABLE "Invitation" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Invitation_tenant" ON "Invitation"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "Invitation_token_select" ON "Invitation" FOR SELECT
  USING ("tokenHash" = (SELECT app_invitation_token_hash()));
CREATE POLICY "Invitation_token_accept" ON "Invitation" FOR UPDATE
  USING ("tokenHash" = (SELECT app_invitation_token_hash()))
  WITH CHECK ("tokenHash" = (SELECT app_invitation_token_hash()) AND status = 'ACCEPTED');

ALTER TABLE "StartupProfile" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "StartupProfile_tenant" ON "StartupProfile"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "StartupProfile_related_select" ON "StartupProfile" FOR SELECT
  USING ("organisationId" IN (SELECT s.id FROM app_related_startups() s));

ALTER TABLE "MentorProfile" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "MentorProfile_tenant" ON "MentorProfile"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));

-- Programmes and calls

ALTER TABLE "Programme" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Programme_tenant" ON "Programme"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "Programme_public_select" ON "Programme" FOR SELECT
  USING (status = 'ACTIVE');
CREATE POLICY "Programme_startup_select" ON "Programme" FOR SELECT
  USING (id IN (SELECT p.id FROM app_startup_programmes() p));
CREATE POLICY "Programme_partner_select" ON "Programme" FOR SELECT
  USING (id IN (SELECT p.id FROM app_partner_programmes() p));

ALTER TABLE "ProgrammePartner" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "ProgrammePartner_tenant" ON "ProgrammePartner"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "ProgrammePartner_partner_select" ON "ProgrammePartner" FOR SELECT
  USING ("partnerId" = (SELECT app_organisation_id()));
CREATE POLICY "ProgrammePartner_startup_select" ON "ProgrammePartner" FOR SELECT
  USING ("programmeId" IN (SELECT p.id FROM app_startup_programmes() p));

ALTER TABLE "ProgrammeFundingBucket" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "ProgrammeFundingBucket_tenant" ON "ProgrammeFundingBucket"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "ProgrammeFundingBucket_startup_select" ON "ProgrammeFundingBucket" FOR SELECT
  USING ("programmeId" IN (SELECT p.id FROM app_startup_programmes() p));

ALTER TABLE "Call" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Call_tenant" ON "Call"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "Call_public_select" ON "Call" FOR SELECT
  USING (status = 'PUBLISHED');
CREATE POLICY "Call_startup_select" ON "Call" FOR SELECT
  USING (id IN (SELECT a.call_id FROM app_startup_applications() a));

ALTER TABLE "EligibilityCriterion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "EligibilityCriterion_tenant" ON "EligibilityCriterion"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "EligibilityCriterion_public_select" ON "EligibilityCriterion" FOR SELECT
  USING (
    "callId" IN (SELECT c.id FROM "Call" c WHERE c.status = 'PUBLISHED')
    OR "callId" IN (SELECT a.call_id FROM app_startup_applications() a)
  );

ALTER TABLE "ApplicationForm" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "ApplicationForm_tenant" ON "ApplicationForm"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "ApplicationForm_public_select" ON "ApplicationForm" FOR SELECT
  USING (
    "publishedAt" IS NOT NULL
    AND (
      "callId" IN (SELECT c.id FROM "Call" c WHERE c.status = 'PUBLISHED')
      OR "callId" IN (SELECT a.call_id FROM app_startup_applications() a)
    )
  );

-- Rubrics stay with the operator: applicants never see how they are scored.
ALTER TABLE "ReviewRubric" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "ReviewRubric_tenant" ON "ReviewRubric"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));

ALTER TABLE "RubricCriterion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "RubricCriterion_tenant" ON "RubricCriterion"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));

-- Applications: the receiving operator, and the applying start-up.

ALTER TABLE "Application" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Application_tenant" ON "Application"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "Application_startup" ON "Application"
  USING ("startupId" = (SELECT app_organisation_id()))
  WITH CHECK ("startupId" = (SELECT app_organisation_id()));

ALTER TABLE "ApplicationAnswer" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "ApplicationAnswer_tenant" ON "ApplicationAnswer"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "ApplicationAnswer_startup" ON "ApplicationAnswer"
  USING ("applicationId" IN (SELECT a.id FROM app_startup_applications() a))
  WITH CHECK (("applicationId", "organisationId") IN (SELECT a.id, a.organisation_id FROM app_startup_applications() a));

ALTER TABLE "ApplicationStatusChange" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "ApplicationStatusChange_tenant" ON "ApplicationStatusChange"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "ApplicationStatusChange_startup_select" ON "ApplicationStatusChange" FOR SELECT
  USING ("applicationId" IN (SELECT a.id FROM app_startup_applications() a));
CREATE POLICY "ApplicationStatusChange_startup_insert" ON "ApplicationStatusChange" FOR INSERT
  WITH CHECK (
    ("applicationId", "organisationId") IN (SELECT a.id, a.organisation_id FROM app_startup_applications() a)
    AND "actorId" = (SELECT app_user_id())
  );

ALTER TABLE "ApplicationMessage" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "ApplicationMessage_tenant" ON "ApplicationMessage"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "ApplicationMessage_startup_select" ON "ApplicationMessage" FOR SELECT
  USING ("applicationId" IN (SELECT a.id FROM app_startup_applications() a));
CREATE POLICY "ApplicationMessage_startup_insert" ON "ApplicationMessage" FOR INSERT
  WITH CHECK (
    ("applicationId", "organisationId") IN (SELECT a.id, a.organisation_id FROM app_startup_applications() a)
    AND "authorId" = (SELECT app_user_id())
  );

ALTER TABLE "Attachment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Attachment_tenant" ON "Attachment"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "Attachment_startup" ON "Attachment"
  USING (id IN (SELECT f.id FROM app_startup_attachments() f))
  WITH CHECK (
    "uploadedById" = (SELECT app_user_id())
    AND (
      ("applicationId", "organisationId") IN (SELECT a.id, a.organisation_id FROM app_startup_applications() a)
      OR ("milestoneEvidenceId", "organisationId") IN (SELECT me.id, me.organisation_id FROM app_startup_milestone_evidence() me)
      OR ("disbursementId", "organisationId") IN (SELECT d.id, d.organisation_id FROM app_startup_disbursements() d)
    )
  );
CREATE POLICY "Attachment_partner_select" ON "Attachment" FOR SELECT
  USING (id IN (SELECT f.id FROM app_partner_shared_attachments() f));

-- Reviews stay with the operator: never visible to start-ups or partners.
ALTER TABLE "ReviewerAssignment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "ReviewerAssignment_tenant" ON "ReviewerAssignment"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));

ALTER TABLE "Review" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Review_tenant" ON "Review"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));

ALTER TABLE "ReviewScore" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "ReviewScore_tenant" ON "ReviewScore"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));

ALTER TABLE "Decision" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Decision_tenant" ON "Decision"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "Decision_startup_select" ON "Decision" FOR SELECT
  USING ("applicationId" IN (SELECT a.id FROM app_startup_applications() a));

-- The cohort: the operator; the enrolled start-up; a linked partner as far as consented.

ALTER TABLE "Enrolment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Enrolment_tenant" ON "Enrolment"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "Enrolment_startup_select" ON "Enrolment" FOR SELECT
  USING ("startupId" = (SELECT app_organisation_id()));
CREATE POLICY "Enrolment_partner_select" ON "Enrolment" FOR SELECT
  USING ("programmeId" IN (SELECT p.id FROM app_partner_programmes() p));

ALTER TABLE "MentorAssignment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "MentorAssignment_tenant" ON "MentorAssignment"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "MentorAssignment_startup_select" ON "MentorAssignment" FOR SELECT
  USING ("enrolmentId" IN (SELECT e.id FROM app_startup_enrolments() e));

-- privateNotes and the mentor's assessment are hidden from the start-up by the app (column
-- privacy is not row security): the start-up's reads never select them.
ALTER TABLE "CoachingSession" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "CoachingSession_tenant" ON "CoachingSession"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "CoachingSession_startup_select" ON "CoachingSession" FOR SELECT
  USING ("enrolmentId" IN (SELECT e.id FROM app_startup_enrolments() e));
-- The start-up confirms that a session took place.
CREATE POLICY "CoachingSession_startup_update" ON "CoachingSession" FOR UPDATE
  USING ("enrolmentId" IN (SELECT e.id FROM app_startup_enrolments() e))
  WITH CHECK (("enrolmentId", "organisationId") IN (SELECT e.id, e.organisation_id FROM app_startup_enrolments() e));
CREATE POLICY "CoachingSession_partner_select" ON "CoachingSession" FOR SELECT
  USING ("enrolmentId" IN (SELECT e.id FROM app_partner_shared_enrolments('COACHING_SUMMARIES') e));

ALTER TABLE "ActionItem" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "ActionItem_tenant" ON "ActionItem"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "ActionItem_startup_select" ON "ActionItem" FOR SELECT
  USING ("coachingSessionId" IN (SELECT s.id FROM app_startup_coaching_sessions() s));
-- The start-up ticks off its action items.
CREATE POLICY "ActionItem_startup_update" ON "ActionItem" FOR UPDATE
  USING ("coachingSessionId" IN (SELECT s.id FROM app_startup_coaching_sessions() s))
  WITH CHECK (("coachingSessionId", "organisationId") IN (SELECT s.id, s.organisation_id FROM app_startup_coaching_sessions() s));

-- Milestones

ALTER TABLE "MilestoneTemplate" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "MilestoneTemplate_tenant" ON "MilestoneTemplate"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "MilestoneTemplate_platform_select" ON "MilestoneTemplate" FOR SELECT
  USING ("organisationId" IS NULL);

ALTER TABLE "Milestone" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Milestone_tenant" ON "Milestone"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "Milestone_startup_select" ON "Milestone" FOR SELECT
  USING ("enrolmentId" IN (SELECT e.id FROM app_startup_enrolments() e));
-- The start-up moves its milestones along (in progress, evidence submitted).
CREATE POLICY "Milestone_startup_update" ON "Milestone" FOR UPDATE
  USING ("enrolmentId" IN (SELECT e.id FROM app_startup_enrolments() e))
  WITH CHECK (("enrolmentId", "organisationId") IN (SELECT e.id, e.organisation_id FROM app_startup_enrolments() e));
CREATE POLICY "Milestone_partner_select" ON "Milestone" FOR SELECT
  USING ("enrolmentId" IN (SELECT e.id FROM app_partner_shared_enrolments('MILESTONES') e));

ALTER TABLE "MilestoneEvidence" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "MilestoneEvidence_tenant" ON "MilestoneEvidence"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "MilestoneEvidence_startup_select" ON "MilestoneEvidence" FOR SELECT
  USING ("milestoneId" IN (SELECT m.id FROM app_startup_milestones() m));
CREATE POLICY "MilestoneEvidence_startup_insert" ON "MilestoneEvidence" FOR INSERT
  WITH CHECK (
    ("milestoneId", "organisationId") IN (SELECT m.id, m.organisation_id FROM app_startup_milestones() m)
    AND "submittedById" = (SELECT app_user_id())
  );

-- Money: the start-up reads its grant and asks for tranches; everything else is the operator's.

ALTER TABLE "Grant" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Grant_tenant" ON "Grant"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "Grant_startup_select" ON "Grant" FOR SELECT
  USING ("enrolmentId" IN (SELECT e.id FROM app_startup_enrolments() e));

ALTER TABLE "GrantBucket" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "GrantBucket_tenant" ON "GrantBucket"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "GrantBucket_startup_select" ON "GrantBucket" FOR SELECT
  USING ("grantId" IN (SELECT g.id FROM app_startup_grants() g));

ALTER TABLE "Disbursement" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Disbursement_tenant" ON "Disbursement"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "Disbursement_startup_select" ON "Disbursement" FOR SELECT
  USING ("grantId" IN (SELECT g.id FROM app_startup_grants() g));
CREATE POLICY "Disbursement_startup_request" ON "Disbursement" FOR INSERT
  WITH CHECK (
    ("grantId", "organisationId") IN (SELECT g.id, g.organisation_id FROM app_startup_grants() g)
    AND status = 'REQUESTED'
    AND "requestedById" = (SELECT app_user_id())
  );

-- Partners and consent

ALTER TABLE "DataSharingConsent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "DataSharingConsent_tenant" ON "DataSharingConsent"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
-- The start-up grants and withdraws its consents, in programmes it applied to or is enrolled in.
CREATE POLICY "DataSharingConsent_startup" ON "DataSharingConsent"
  USING ("startupId" = (SELECT app_organisation_id()))
  WITH CHECK (
    "startupId" = (SELECT app_organisation_id())
    AND ("programmeId", "organisationId") IN (SELECT p.id, p.organisation_id FROM app_startup_programmes() p)
  );
CREATE POLICY "DataSharingConsent_partner_select" ON "DataSharingConsent" FOR SELECT
  USING ("partnerId" = (SELECT app_organisation_id()));

ALTER TABLE "DocumentView" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "DocumentView_tenant" ON "DocumentView"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "DocumentView_partner_select" ON "DocumentView" FOR SELECT
  USING ("partnerId" = (SELECT app_organisation_id()));
CREATE POLICY "DocumentView_partner_insert" ON "DocumentView" FOR INSERT
  WITH CHECK (
    "partnerId" = (SELECT app_organisation_id())
    AND "viewerId" = (SELECT app_user_id())
    AND ("attachmentId", "organisationId") IN (SELECT f.id, f.organisation_id FROM app_partner_shared_attachments() f)
  );
-- "Shown to the start-up": who opened its documents.
CREATE POLICY "DocumentView_startup_select" ON "DocumentView" FOR SELECT
  USING ("attachmentId" IN (SELECT f.id FROM app_startup_attachments() f));

-- Notifications and audit

-- The recipient reads and marks their own notifications. The active organisation may notify
-- anyone (a decision reaches the applicant's founder), but cannot read them back: write
-- notifications for other users with createMany (no RETURNING).
ALTER TABLE "Notification" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Notification_recipient" ON "Notification"
  USING ("userId" = (SELECT app_user_id()))
  WITH CHECK ("userId" = (SELECT app_user_id()));
CREATE POLICY "Notification_tenant_insert" ON "Notification" FOR INSERT
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));

-- The organisation reads its trail. Writes: events of the active organisation or of no
-- organisation (account events, refusals before a membership is known), always in the name
-- of the signed-in user (or of nobody); an invitee records the acceptance in the inviting
-- organisation. No UPDATE or DELETE grant, and a trigger besides.
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "AuditEvent_tenant_select" ON "AuditEvent" FOR SELECT
  USING ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "AuditEvent_insert" ON "AuditEvent" FOR INSERT
  WITH CHECK (
    ("organisationId" IS NULL OR "organisationId" = (SELECT app_organisation_id()))
    AND ("actorId" IS NULL OR "actorId" = (SELECT app_user_id()))
  );
CREATE POLICY "AuditEvent_invitee_insert" ON "AuditEvent" FOR INSERT
  WITH CHECK (
    "organisationId" = (SELECT app_invitation_organisation_id())
    AND "actorId" = (SELECT app_invitation_user_id())
  );
