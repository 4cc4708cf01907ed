-- This is an empty migration.

-- An outside reviewer's own review is recognised on the row itself. Through
-- app_reviewer_reviews() (a STABLE function reading "Review") the row being inserted is not
-- yet visible, so INSERT ... RETURNING of a new draft failed its SELECT check.
-- docs/decisions/0004-row-level-security.md, addendum "Reviewers from outside".
DROP POLICY "Review_reviewer_select" ON "Review";
CREATE POLICY "Review_reviewer_select" ON "Review" FOR SELECT
  USING (
    "reviewerId" = (SELECT app_user_id())
    AND "assignmentId" IN (SELECT x.id FROM app_reviewer_assignments() x)
  );

DROP POLICY "Review_reviewer_update" ON "Review";
CREATE POLICY "Review_reviewer_update" ON "Review" FOR UPDATE
  USING (
    status = 'DRAFT'
    AND "reviewerId" = (SELECT app_user_id())
    AND "assignmentId" IN (SELECT x.id FROM app_reviewer_assignments() x)
  )
  WITH CHECK (
    "reviewerId" = (SELECT app_user_id())
    AND ("assignmentId", "organisationId", "applicationId") IN (SELECT x.id, x.organisation_id, x.application_id FROM app_reviewer_assignments() x)
  );
