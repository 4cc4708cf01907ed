-- This is an empty migration.

-- Money that always adds up: the database's own guards for grants and tranches, behind the
-- checks every server action already makes (lib/actions/disbursements/*). A bug or a race in
-- the app can then fail a transaction, never overspend a grant or sign a tranche twice.
--   * CHECK constraints: positive amounts, maker-checker (the requester never signs, finance
--     never signs after approving), and the signatures each status implies;
--   * a row trigger: a tranche's bucket belongs to its grant, a gating milestone to the
--     grant's enrolment and the bucket's category; only the transitions of the status machine
--     (lib/domain/disbursement-status.ts); paid and rejected tranches never change; a gated
--     tranche is approved only once its milestone is ACHIEVED, a PAYMENT_PROOF one only with a
--     file attached;
--   * deferred constraint triggers: at commit, approved + finance-approved + paid tranches
--     never exceed their bucket's cap or their grant's total, and a grant never exceeds its
--     programme's cap. They lock the Grant and GrantBucket rows (in that order, like the
--     approval) before summing, so concurrent commits queue and each sees the others' rows;
--   * two SECURITY DEFINER lookups, so each side can notify the other across row-level
--     security (docs/decisions/0004-row-level-security.md).

-- ─────────────────────────────── CHECK constraints ───────────────────────────────

ALTER TABLE "Disbursement"
  ADD CONSTRAINT "Disbursement_amount_positive" CHECK ("amountCents" > 0),
  ADD CONSTRAINT "Disbursement_maker_checker" CHECK (
    ("approvedById" IS NULL OR "approvedById" <> "requestedById")
    AND ("financeApprovedById" IS NULL OR (
      "financeApprovedById" <> "requestedById"
      AND "financeApprovedById" IS DISTINCT FROM "approvedById"
    ))
    AND ("paidById" IS NULL OR "paidById" <> "requestedById")
  ),
  ADD CONSTRAINT "Disbursement_signatures_match_status" CHECK (
    (status NOT IN ('APPROVED', 'FINANCE_APPROVED', 'PAID')
      OR ("approvedById" IS NOT NULL AND "approvedAt" IS NOT NULL))
    AND (status NOT IN ('FINANCE_APPROVED', 'PAID')
      OR ("financeApprovedById" IS NOT NULL AND "financeApprovedAt" IS NOT NULL))
    AND (status <> 'PAID'
      OR ("paidById" IS NOT NULL AND "paidAt" IS NOT NULL AND "paymentReference" IS NOT NULL))
    AND (status <> 'REJECTED'
      OR ("rejectedById" IS NOT NULL AND "rejectedAt" IS NOT NULL AND "rejectionReason" IS NOT NULL))
  );

ALTER TABLE "Grant"
  ADD CONSTRAINT "Grant_total_positive" CHECK ("approvedTotalCents" > 0);

ALTER TABLE "GrantBucket"
  ADD CONSTRAINT "GrantBucket_cap_not_negative" CHECK ("capCents" >= 0);

-- ─────────────────────────────── One tranche at a time ───────────────────────────────

CREATE FUNCTION disbursement_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
  bucket record;
  gate record;
  gate_status text; -- null: no gating milestone
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.status IN ('PAID', 'REJECTED') THEN
      RAISE EXCEPTION 'Disbursement %: a % tranche never changes', OLD.id, lower(OLD.status::text)
        USING ERRCODE = 'check_violation';
    END IF;
    IF NEW."organisationId" IS DISTINCT FROM OLD."organisationId"
       OR NEW."grantId" IS DISTINCT FROM OLD."grantId"
       OR NEW."bucketId" IS DISTINCT FROM OLD."bucketId"
       OR NEW."amountCents" IS DISTINCT FROM OLD."amountCents"
       OR NEW."requestedById" IS DISTINCT FROM OLD."requestedById"
       OR NEW."requestedAt" IS DISTINCT FROM OLD."requestedAt"
       OR NEW."idempotencyKey" IS DISTINCT FROM OLD."idempotencyKey"
       -- A gating milestone may only be cleared (its milestone deleted) while still requested.
       OR (NEW."gatingMilestoneId" IS DISTINCT FROM OLD."gatingMilestoneId"
           AND NOT (NEW."gatingMilestoneId" IS NULL AND OLD.status = 'REQUESTED'))
       OR (OLD."approvedById" IS NOT NULL AND NEW."approvedById" IS DISTINCT FROM OLD."approvedById")
       OR (OLD."financeApprovedById" IS NOT NULL
           AND NEW."financeApprovedById" IS DISTINCT FROM OLD."financeApprovedById") THEN
      RAISE EXCEPTION 'Disbursement %: the amount, bucket, requester and signatures of a tranche never change', OLD.id
        USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
         (OLD.status = 'REQUESTED' AND NEW.status IN ('APPROVED', 'REJECTED'))
      OR (OLD.status = 'APPROVED' AND NEW.status IN ('FINANCE_APPROVED', 'REJECTED'))
      OR (OLD.status = 'FINANCE_APPROVED' AND NEW.status IN ('PAID', 'REJECTED'))
    ) THEN
      RAISE EXCEPTION 'Disbursement %: % → % is not a step of the tranche status machine', OLD.id, OLD.status, NEW.status
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;

  SELECT b."grantId", b."organisationId", b."gatingMilestoneCategory", b."evidenceRule", b.name
    INTO bucket
    FROM "GrantBucket" b WHERE b.id = NEW."bucketId";
  IF NOT FOUND OR bucket."grantId" <> NEW."grantId" OR bucket."organisationId" <> NEW."organisationId" THEN
    RAISE EXCEPTION 'Disbursement %: bucket % is not a bucket of grant %', NEW.id, NEW."bucketId", NEW."grantId"
      USING ERRCODE = 'foreign_key_violation';
  END IF;

  IF NEW."gatingMilestoneId" IS NOT NULL THEN
    SELECT m.status, m.title, m.category, m."enrolmentId" = g."enrolmentId" AND m."organisationId" = g."organisationId" AS is_same_enrolment
      INTO gate
      FROM "Milestone" m, "Grant" g
      WHERE m.id = NEW."gatingMilestoneId" AND g.id = NEW."grantId";
    IF NOT FOUND OR NOT gate.is_same_enrolment OR bucket."gatingMilestoneCategory" IS NULL
       OR gate.category <> bucket."gatingMilestoneCategory" THEN
      RAISE EXCEPTION 'Disbursement %: milestone % cannot gate a tranche of bucket %', NEW.id, NEW."gatingMilestoneId", bucket.name
        USING ERRCODE = 'foreign_key_violation';
    END IF;
    gate_status := gate.status::text;
  END IF;

  IF TG_OP = 'UPDATE' AND OLD.status = 'REQUESTED' AND NEW.status = 'APPROVED' THEN
    IF bucket."gatingMilestoneCategory" IS NOT NULL AND gate_status IS DISTINCT FROM 'ACHIEVED' THEN
      RAISE EXCEPTION 'Disbursement %: a tranche of % is approved only once its milestone is achieved', NEW.id, bucket.name
        USING ERRCODE = 'check_violation';
    END IF;
    IF bucket."evidenceRule" = 'PAYMENT_PROOF'
       AND NOT EXISTS (SELECT 1 FROM "Attachment" a WHERE a."disbursementId" = NEW.id) THEN
      RAISE EXCEPTION 'Disbursement %: a tranche of % is approved only with proof of payment attached', NEW.id, bucket.name
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Disbursement_guard"
BEFORE INSERT OR UPDATE ON "Disbursement"
FOR EACH ROW EXECUTE FUNCTION disbursement_guard();

-- ─────────────────────────────── Caps, at commit ───────────────────────────────

-- Checks one grant (and one of its buckets, when named) against its caps. Locks the grant row
-- and then the bucket row first, as the approval transaction does, so that two transactions
-- committing approvals on the same grant queue here; each sum then sees every committed row.
CREATE FUNCTION grant_check_caps(checked_grant_id text, checked_bucket_id text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
  grant_total bigint;
  programme_cap bigint;
  bucket_cap bigint;
  bucket_name text;
  committed numeric;
BEGIN
  SELECT g."approvedTotalCents", p."fundingCapCents" INTO grant_total, programme_cap
    FROM "Grant" g
    JOIN "Enrolment" e ON e.id = g."enrolmentId"
    JOIN "Programme" p ON p.id = e."programmeId"
    WHERE g.id = checked_grant_id
    FOR UPDATE OF g;
  IF NOT FOUND THEN
    RETURN; -- deleted in the same transaction: nothing left to check
  END IF;
  IF grant_total > programme_cap THEN
    RAISE EXCEPTION 'Grant %: total of % cents is above its programme''s cap of % cents', checked_grant_id, grant_total, programme_cap
      USING ERRCODE = 'check_violation';
  END IF;

  IF checked_bucket_id IS NOT NULL THEN
    SELECT b."capCents", b.name INTO bucket_cap, bucket_name
      FROM "GrantBucket" b WHERE b.id = checked_bucket_id
      FOR UPDATE;
    IF FOUND THEN
      SELECT coalesce(sum(d."amountCents"), 0) INTO committed
        FROM "Disbursement" d
        WHERE d."bucketId" = checked_bucket_id AND d.status IN ('APPROVED', 'FINANCE_APPROVED', 'PAID');
      IF committed > bucket_cap THEN
        RAISE EXCEPTION 'Grant %: approved and paid tranches of % total % cents, above its cap of % cents', checked_grant_id, bucket_name, committed, bucket_cap
          USING ERRCODE = 'check_violation';
      END IF;
    END IF;
  END IF;

  SELECT coalesce(sum(d."amountCents"), 0) INTO committed
    FROM "Disbursement" d
    WHERE d."grantId" = checked_grant_id AND d.status IN ('APPROVED', 'FINANCE_APPROVED', 'PAID');
  IF committed > grant_total THEN
    RAISE EXCEPTION 'Grant %: approved and paid tranches total % cents, above the grant''s % cents', checked_grant_id, committed, grant_total
      USING ERRCODE = 'check_violation';
  END IF;
END $$;

CREATE FUNCTION disbursement_within_caps() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
  PERFORM grant_check_caps(NEW."grantId", NEW."bucketId");
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "Disbursement_within_caps_insert"
AFTER INSERT ON "Disbursement"
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW
WHEN (NEW.status IN ('APPROVED', 'FINANCE_APPROVED', 'PAID'))
EXECUTE FUNCTION disbursement_within_caps();

CREATE CONSTRAINT TRIGGER "Disbursement_within_caps_update"
AFTER UPDATE OF status ON "Disbursement"
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW
WHEN (NEW.status IN ('APPROVED', 'FINANCE_APPROVED', 'PAID')
      AND OLD.status NOT IN ('APPROVED', 'FINANCE_APPROVED', 'PAID'))
EXECUTE FUNCTION disbursement_within_caps();

CREATE FUNCTION grant_bucket_within_caps() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
  PERFORM grant_check_caps(NEW."grantId", NEW.id);
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "GrantBucket_within_caps"
AFTER UPDATE OF "capCents", "grantId" ON "GrantBucket"
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW
EXECUTE FUNCTION grant_bucket_within_caps();

CREATE FUNCTION grant_within_caps() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
  PERFORM grant_check_caps(NEW.id, NULL);
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "Grant_within_caps"
AFTER INSERT OR UPDATE OF "approvedTotalCents", "enrolmentId" ON "Grant"
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW
EXECUTE FUNCTION grant_within_caps();

-- A programme's cap never drops below a grant already awarded under it.
CREATE FUNCTION programme_cap_covers_grants() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM "Grant" g JOIN "Enrolment" e ON e.id = g."enrolmentId"
    WHERE e."programmeId" = NEW.id AND g."approvedTotalCents" > NEW."fundingCapCents"
  ) THEN
    RAISE EXCEPTION 'Programme %: the funding cap cannot go below a grant already awarded', NEW.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "Programme_cap_covers_grants"
AFTER UPDATE OF "fundingCapCents" ON "Programme"
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW
WHEN (NEW."fundingCapCents" < OLD."fundingCapCents")
EXECUTE FUNCTION programme_cap_covers_grants();

-- Trigger functions are never called directly; the check helper only by them.
REVOKE ALL ON FUNCTION disbursement_guard() FROM PUBLIC;
REVOKE ALL ON FUNCTION grant_check_caps(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION disbursement_within_caps() FROM PUBLIC;
REVOKE ALL ON FUNCTION grant_bucket_within_caps() FROM PUBLIC;
REVOKE ALL ON FUNCTION grant_within_caps() FROM PUBLIC;
REVOKE ALL ON FUNCTION programme_cap_covers_grants() FROM PUBLIC;

-- ─────────────────────────────── Who to tell ───────────────────────────────

-- For the operator: the ACTIVE members (active accounts) of the start-up holding one of its
-- grants. Nothing for another operator's grant, or with no tenant.
CREATE FUNCTION app_grant_startup_member_ids(grant_id text) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT m."userId"
  FROM "Grant" g
  JOIN "Enrolment" e ON e.id = g."enrolmentId"
  JOIN "Membership" m ON m."organisationId" = e."startupId"
  JOIN "User" u ON u.id = m."userId"
  WHERE g.id = grant_id
    AND g."organisationId" = app_organisation_id()
    AND m.status = 'ACTIVE'
    AND m.role = 'STARTUP_MEMBER'
    AND u."deactivatedAt" IS NULL
  ORDER BY m."userId"
$$;

-- For the start-up: the ACTIVE programme officers (active accounts) of the operator that
-- awarded it this grant. Nothing for another start-up's grant, or with no tenant.
CREATE FUNCTION app_grant_officer_ids(grant_id text) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT m."userId"
  FROM "Grant" g
  JOIN "Enrolment" e ON e.id = g."enrolmentId"
  JOIN "Membership" m ON m."organisationId" = g."organisationId"
  JOIN "User" u ON u.id = m."userId"
  WHERE g.id = grant_id
    AND e."startupId" = app_organisation_id()
    AND m.status = 'ACTIVE'
    AND m.role = 'PROGRAMME_OFFICER'
    AND u."deactivatedAt" IS NULL
  ORDER BY m."userId"
$$;

REVOKE ALL ON FUNCTION app_grant_startup_member_ids(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_grant_officer_ids(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_grant_startup_member_ids(text) TO incubase_app;
GRANT EXECUTE ON FUNCTION app_grant_officer_ids(text) TO incubase_app;
