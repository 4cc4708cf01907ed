-- The documents a start-up shares with a partner, listed per start-up for the partner's cohort
-- page. Row-level security already lets the partner read those Attachment rows
-- (app_partner_shared_attachments(): a DOCUMENTS consent, not withdrawn, in a programme the
-- partner is linked to), but not the Application or MilestoneEvidence rows that say whose file
-- it is and what it belongs to, and those rows must stay closed to partners (answers, notes).
-- This function answers exactly that for the calling partner (app_organisation_id()) and
-- nothing more: for anyone else, or no tenant, no rows. Files of applications still in draft
-- or withdrawn are left out. docs/decisions/0004-row-level-security.md.
CREATE FUNCTION app_partner_shared_documents(startup_id text)
RETURNS TABLE (
  id text,
  file_name text,
  mime_type text,
  size_bytes integer,
  kind "AttachmentKind",
  created_at timestamptz,
  programme_id text,
  source text,
  source_title text
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT f.id, f."fileName", f."mimeType", f."sizeBytes", f.kind, f."createdAt"::timestamptz,
         c."programmeId", 'APPLICATION', a."projectTitle"
  FROM "Attachment" f
  JOIN "Application" a ON a.id = f."applicationId"
  JOIN "Call" c ON c.id = a."callId"
  WHERE a."startupId" = startup_id
    AND a.status NOT IN ('DRAFT', 'WITHDRAWN')
    AND f.id IN (SELECT s.id FROM app_partner_shared_attachments() s)
  UNION ALL
  SELECT f.id, f."fileName", f."mimeType", f."sizeBytes", f.kind, f."createdAt"::timestamptz,
         e."programmeId", 'MILESTONE_EVIDENCE', m.title
  FROM "Attachment" f
  JOIN "MilestoneEvidence" me ON me.id = f."milestoneEvidenceId"
  JOIN "Milestone" m ON m.id = me."milestoneId"
  JOIN "Enrolment" e ON e.id = m."enrolmentId"
  WHERE e."startupId" = startup_id
    AND f.id IN (SELECT s.id FROM app_partner_shared_attachments() s)
$$;

REVOKE ALL ON FUNCTION app_partner_shared_documents(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_partner_shared_documents(text) TO incubase_app;
