-- AlterEnum
ALTER TYPE "MembershipRole" ADD VALUE 'EXTERNAL_REVIEWER';

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "name" TEXT;

-- ─────────────── Reviewers from outside the operator ───────────────
-- Partner scientists (PARTNER_MEMBER of a partner linked to the call's programme with
-- canReviewShortlisted) and external experts (EXTERNAL_REVIEWER membership of the operator)
-- review the applications assigned to them, and nothing else: their own assignment, that
-- application's answers, form, attachments, call and published rubric, their own review and
-- scores. Never another reviewer's review or scores (after they submit, the anonymous panel
-- comes from app_reviewer_panel(), never from the tables). Why and how:
-- docs/decisions/0004-row-level-security.md (addendum "Reviewers from outside").
--
-- The new enum value cannot be used as a literal in the transaction that adds it, so the SQL
-- below compares roles as text.

-- An external reviewer's membership is not a tenant membership: it opens none of the
-- operator's rows through the "_tenant" policies, only the reviewer policies below.
CREATE OR REPLACE FUNCTION app_organisation_id() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT m."organisationId"
  FROM "Membership" m
  WHERE m."organisationId" = nullif(current_setting('app.organisation_id', true), '')
    AND m."userId" = nullif(current_setting('app.user_id', true), '')
    AND m.status = 'ACTIVE'
    AND m.role::text <> 'EXTERNAL_REVIEWER'
$$;

-- The signed-in user's assignments reached from the active membership as an outside reviewer:
-- an EXTERNAL_REVIEWER membership of the assignment's operator, or a PARTNER_MEMBER membership
-- of a partner linked to the call's programme that may review (canReviewShortlisted). Removed
-- assignments, another organisation in the context, an unlinked partner: nothing.
CREATE FUNCTION app_reviewer_assignments()
RETURNS TABLE (id text, organisation_id text, application_id text, call_id text, form_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT ra.id, ra."organisationId", ra."applicationId", a."callId", a."formId"
  FROM "ReviewerAssignment" ra
  JOIN "Application" a ON a.id = ra."applicationId" AND a."organisationId" = ra."organisationId"
  JOIN "Call" c ON c.id = a."callId"
  JOIN "Membership" m
    ON m."userId" = ra."reviewerId"
   AND m."organisationId" = nullif(current_setting('app.organisation_id', true), '')
   AND m.status = 'ACTIVE'
  WHERE ra."reviewerId" = nullif(current_setting('app.user_id', true), '')
    AND ra.status <> 'REMOVED'
    AND (
      (m.role::text = 'EXTERNAL_REVIEWER' AND m."organisationId" = ra."organisationId")
      OR (
        m.role::text = 'PARTNER_MEMBER'
        AND EXISTS (
          SELECT 1 FROM "ProgrammePartner" pp
          WHERE pp."programmeId" = c."programmeId"
            AND pp."partnerId" = m."organisationId"
            AND pp."canReviewShortlisted"
        )
      )
    )
$$;

-- The outside reviewer's own reviews (through their reachable assignments).
CREATE FUNCTION app_reviewer_reviews() RETURNS TABLE (id text, organisation_id text, status text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT r.id, r."organisationId", r.status::text
  FROM "Review" r
  WHERE r."reviewerId" = nullif(current_setting('app.user_id', true), '')
    AND r."assignmentId" IN (SELECT x.id FROM app_reviewer_assignments() x)
$$;

-- The published rubrics (and their criteria) of the calls the outside reviewer reviews for.
CREATE FUNCTION app_reviewer_rubrics() RETURNS TABLE (id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT rr.id FROM "ReviewRubric" rr
  WHERE rr."publishedAt" IS NOT NULL
    AND (rr."callId", rr."organisationId") IN (SELECT x.call_id, x.organisation_id FROM app_reviewer_assignments() x)
$$;

CREATE FUNCTION app_reviewer_criteria() RETURNS TABLE (id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT rc.id FROM "RubricCriterion" rc WHERE rc."rubricId" IN (SELECT r.id FROM app_reviewer_rubrics() r)
$$;

-- Operators whose audit trail the outside reviewer writes to: those of their reachable
-- assignments, and the operator they are an active external reviewer of (so that a refusal
-- is recorded there too).
CREATE FUNCTION app_reviewer_organisation_ids() RETURNS TABLE (id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT x.organisation_id FROM app_reviewer_assignments() x
  UNION
  SELECT m."organisationId"
  FROM "Membership" m
  WHERE m."organisationId" = nullif(current_setting('app.organisation_id', true), '')
    AND m."userId" = nullif(current_setting('app.user_id', true), '')
    AND m.status = 'ACTIVE'
    AND m.role::text = 'EXTERNAL_REVIEWER'
$$;

-- After a reviewer has submitted: every submitted review of that application (theirs
-- included), without reviewer ids, for the anonymous panel summary. Nothing before they
-- submit, nothing for another reviewer's assignment. Works for the operator's own reviewers
-- and for outside reviewers alike.
CREATE FUNCTION app_reviewer_panel(assignment_id text)
RETURNS TABLE (review_id text, recommendation text, criterion_id text, score integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT r.id, r.recommendation::text, s."criterionId", s.score
  FROM "ReviewerAssignment" own
  JOIN "Review" r
    ON r."applicationId" = own."applicationId"
   AND r."organisationId" = own."organisationId"
   AND r.status = 'SUBMITTED'
  LEFT JOIN "ReviewScore" s ON s."reviewId" = r.id
  WHERE own.id = assignment_id
    AND own."reviewerId" = nullif(current_setting('app.user_id', true), '')
    AND own.status = 'SUBMITTED'
    AND (
      own."organisationId" = app_organisation_id()
      OR own.id IN (SELECT x.id FROM app_reviewer_assignments() x)
    )
  ORDER BY r.id, s."criterionId"
$$;

-- For the operator: the partner scientists it may assign to applications of its programme
-- (active PARTNER_MEMBERs of partners linked with canReviewShortlisted, accounts not
-- deactivated). The operator cannot read partner memberships otherwise. Nothing for another
-- operator's programme or with no tenant.
CREATE FUNCTION app_programme_partner_reviewers(programme_id text)
RETURNS TABLE (user_id text, partner_id text, title text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT m."userId", m."organisationId", m.title
  FROM "Programme" p
  JOIN "ProgrammePartner" pp ON pp."programmeId" = p.id AND pp."canReviewShortlisted"
  JOIN "Membership" m
    ON m."organisationId" = pp."partnerId" AND m.status = 'ACTIVE' AND m.role::text = 'PARTNER_MEMBER'
  JOIN "User" u ON u.id = m."userId" AND u."deactivatedAt" IS NULL
  WHERE p.id = programme_id
    AND p."organisationId" = app_organisation_id()
  ORDER BY m."userId"
$$;

-- For the operator assigning a reviewer: the reviewer's other organisations (not this operator,
-- not the applicant) that are linked to the applicant start-up. PARTNER_LINKED: a partner that
-- already holds the start-up's data-sharing consent or has it in the cohort of one of its
-- programmes. SHARED_PERSON: someone is an active member of both that organisation and the
-- applicant. Only for an application of the calling operator; nothing otherwise.
CREATE FUNCTION app_reviewer_conflict_links(application_id text, reviewer_id text)
RETURNS TABLE (reason text, organisation_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  WITH target AS (
    SELECT a."startupId" AS startup_id
    FROM "Application" a
    WHERE a.id = application_id AND a."organisationId" = app_organisation_id()
  ),
  reviewer_organisations AS (
    SELECT o.id, o.kind
    FROM "Membership" m
    JOIN "Organisation" o ON o.id = m."organisationId"
    CROSS JOIN target t
    WHERE m."userId" = reviewer_id
      AND m.status = 'ACTIVE'
      AND o.id <> app_organisation_id()
      AND o.id <> t.startup_id
  )
  SELECT 'PARTNER_LINKED', r.id
  FROM reviewer_organisations r CROSS JOIN target t
  WHERE r.kind = 'PARTNER'
    AND (
      EXISTS (
        SELECT 1 FROM "DataSharingConsent" dc
        WHERE dc."partnerId" = r.id AND dc."startupId" = t.startup_id AND dc."withdrawnAt" IS NULL
      )
      OR EXISTS (
        SELECT 1 FROM "Enrolment" e
        JOIN "ProgrammePartner" pp ON pp."programmeId" = e."programmeId"
        WHERE pp."partnerId" = r.id AND e."startupId" = t.startup_id
      )
    )
  UNION
  SELECT 'SHARED_PERSON', r.id
  FROM reviewer_organisations r CROSS JOIN target t
  WHERE EXISTS (
    SELECT 1
    FROM "Membership" rm
    JOIN "Membership" sm ON sm."userId" = rm."userId" AND sm.status = 'ACTIVE'
    WHERE rm."organisationId" = r.id AND rm.status = 'ACTIVE' AND sm."organisationId" = t.startup_id
  )
$$;

REVOKE ALL ON FUNCTION app_reviewer_assignments() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_reviewer_reviews() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_reviewer_rubrics() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_reviewer_criteria() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_reviewer_organisation_ids() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_reviewer_panel(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_programme_partner_reviewers(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_reviewer_conflict_links(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_reviewer_assignments() TO incubase_app;
GRANT EXECUTE ON FUNCTION app_reviewer_reviews() TO incubase_app;
GRANT EXECUTE ON FUNCTION app_reviewer_rubrics() TO incubase_app;
GRANT EXECUTE ON FUNCTION app_reviewer_criteria() TO incubase_app;
GRANT EXECUTE ON FUNCTION app_reviewer_organisation_ids() TO incubase_app;
GRANT EXECUTE ON FUNCTION app_reviewer_panel(text) TO incubase_app;
GRANT EXECUTE ON FUNCTION app_programme_partner_reviewers(text) TO incubase_app;
GRANT EXECUTE ON FUNCTION app_reviewer_conflict_links(text, text) TO incubase_app;

-- ─────────────── Policies for outside reviewers ───────────────

CREATE POLICY "ReviewerAssignment_reviewer_select" ON "ReviewerAssignment" FOR SELECT
  USING (id IN (SELECT x.id FROM app_reviewer_assignments() x));
-- The declaration and closing the assignment on submit; the trigger below keeps every other
-- column (due date, reminders, flags, reviewer, application) out of the reviewer's reach.
CREATE POLICY "ReviewerAssignment_reviewer_update" ON "ReviewerAssignment" FOR UPDATE
  USING (status = 'ASSIGNED' AND id IN (SELECT x.id FROM app_reviewer_assignments() x))
  WITH CHECK (
    (id, "organisationId", "applicationId") IN (SELECT x.id, x.organisation_id, x.application_id FROM app_reviewer_assignments() x)
    AND "reviewerId" = (SELECT app_user_id())
    AND status IN ('ASSIGNED', 'CONFLICTED', 'SUBMITTED')
  );

CREATE FUNCTION reviewer_assignment_outside_update_guard() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  reviewer_columns text[] := ARRAY['status', 'conflictDeclaredAt', 'hasConflict', 'conflictDetails', 'updatedAt'];
BEGIN
  IF current_user = 'incubase_app'
     AND app_organisation_id() IS DISTINCT FROM OLD."organisationId"
     AND (to_jsonb(NEW) - reviewer_columns) IS DISTINCT FROM (to_jsonb(OLD) - reviewer_columns) THEN
    RAISE EXCEPTION 'A reviewer outside the operator may change only their declaration and the assignment''s status'
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "ReviewerAssignment_outside_update_guard"
BEFORE UPDATE ON "ReviewerAssignment"
FOR EACH ROW EXECUTE FUNCTION reviewer_assignment_outside_update_guard();

CREATE POLICY "Application_reviewer_select" ON "Application" FOR SELECT
  USING (id IN (SELECT x.application_id FROM app_reviewer_assignments() x));
CREATE POLICY "ApplicationAnswer_reviewer_select" ON "ApplicationAnswer" FOR SELECT
  USING ("applicationId" IN (SELECT x.application_id FROM app_reviewer_assignments() x));
CREATE POLICY "Attachment_reviewer_select" ON "Attachment" FOR SELECT
  USING ("applicationId" IN (SELECT x.application_id FROM app_reviewer_assignments() x));
CREATE POLICY "ApplicationForm_reviewer_select" ON "ApplicationForm" FOR SELECT
  USING (id IN (SELECT x.form_id FROM app_reviewer_assignments() x));
CREATE POLICY "Call_reviewer_select" ON "Call" FOR SELECT
  USING (id IN (SELECT x.call_id FROM app_reviewer_assignments() x));
CREATE POLICY "ReviewRubric_reviewer_select" ON "ReviewRubric" FOR SELECT
  USING (id IN (SELECT r.id FROM app_reviewer_rubrics() r));
CREATE POLICY "RubricCriterion_reviewer_select" ON "RubricCriterion" FOR SELECT
  USING (id IN (SELECT c.id FROM app_reviewer_criteria() c));

-- Their own review: written while a draft, never changed once submitted.
CREATE POLICY "Review_reviewer_select" ON "Review" FOR SELECT
  USING (id IN (SELECT r.id FROM app_reviewer_reviews() r));
CREATE POLICY "Review_reviewer_insert" ON "Review" FOR INSERT
  WITH CHECK (
    "reviewerId" = (SELECT app_user_id())
    AND status = 'DRAFT'
    AND ("assignmentId", "organisationId", "applicationId") IN (SELECT x.id, x.organisation_id, x.application_id FROM app_reviewer_assignments() x)
  );
CREATE POLICY "Review_reviewer_update" ON "Review" FOR UPDATE
  USING (status = 'DRAFT' AND id IN (SELECT r.id FROM app_reviewer_reviews() r))
  WITH CHECK (
    "reviewerId" = (SELECT app_user_id())
    AND ("assignmentId", "organisationId", "applicationId") IN (SELECT x.id, x.organisation_id, x.application_id FROM app_reviewer_assignments() x)
  );

CREATE POLICY "ReviewScore_reviewer_select" ON "ReviewScore" FOR SELECT
  USING ("reviewId" IN (SELECT r.id FROM app_reviewer_reviews() r));
CREATE POLICY "ReviewScore_reviewer_insert" ON "ReviewScore" FOR INSERT
  WITH CHECK (
    ("reviewId", "organisationId") IN (SELECT r.id, r.organisation_id FROM app_reviewer_reviews() r WHERE r.status = 'DRAFT')
    AND "criterionId" IN (SELECT c.id FROM app_reviewer_criteria() c)
  );
CREATE POLICY "ReviewScore_reviewer_update" ON "ReviewScore" FOR UPDATE
  USING ("reviewId" IN (SELECT r.id FROM app_reviewer_reviews() r WHERE r.status = 'DRAFT'))
  WITH CHECK (
    ("reviewId", "organisationId") IN (SELECT r.id, r.organisation_id FROM app_reviewer_reviews() r WHERE r.status = 'DRAFT')
    AND "criterionId" IN (SELECT c.id FROM app_reviewer_criteria() c)
  );
CREATE POLICY "ReviewScore_reviewer_delete" ON "ReviewScore" FOR DELETE
  USING ("reviewId" IN (SELECT r.id FROM app_reviewer_reviews() r WHERE r.status = 'DRAFT'));

-- Their actions go into the operator's trail, in their own name.
CREATE POLICY "AuditEvent_reviewer_insert" ON "AuditEvent" FOR INSERT
  WITH CHECK (
    "organisationId" IN (SELECT o.id FROM app_reviewer_organisation_ids() o)
    AND "actorId" = (SELECT app_user_id())
  );

-- A partner scientist opening an assigned application's file is logged like any partner's
-- document view (lib/uploads records it), and the start-up sees it.
CREATE POLICY "DocumentView_reviewer_insert" ON "DocumentView" FOR INSERT
  WITH CHECK (
    "partnerId" = (SELECT app_organisation_id())
    AND "viewerId" = (SELECT app_user_id())
    AND ("attachmentId", "organisationId") IN (
      SELECT f.id, f."organisationId" FROM "Attachment" f
      WHERE f."applicationId" IN (SELECT x.application_id FROM app_reviewer_assignments() x)
    )
  );
