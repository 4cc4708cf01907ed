-- Coaching: the operator-only part of a session moves to a table of its own, the start-up's
-- side may change only what it is meant to, and the operator can reach an enrolled start-up's
-- people. Why: the start-up (and a partner under a COACHING_SUMMARIES consent) can SELECT its
-- CoachingSession rows, and row-level security cannot hide columns, so `privateNotes` and the
-- mentor's assessment were readable by the start-up at the database level.
-- docs/decisions/0004-row-level-security.md.

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "supportNeeds" "CoachingTopic"[] DEFAULT ARRAY[]::"CoachingTopic"[],
ADD COLUMN     "workingLanguages" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "CoachingPrivateNote" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "coachingSessionId" TEXT NOT NULL,
    "notes" TEXT,
    "assessmentRating" INTEGER,
    "assessmentComment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CoachingPrivateNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CoachingPrivateNote_coachingSessionId_key" ON "CoachingPrivateNote"("coachingSessionId");

-- CreateIndex
CREATE INDEX "CoachingPrivateNote_organisationId_idx" ON "CoachingPrivateNote"("organisationId");

-- AddForeignKey
ALTER TABLE "CoachingPrivateNote" ADD CONSTRAINT "CoachingPrivateNote_coachingSessionId_fkey" FOREIGN KEY ("coachingSessionId") REFERENCES "CoachingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keep what was written: copy the private part of existing sessions before the columns go.
INSERT INTO "CoachingPrivateNote" ("id", "organisationId", "coachingSessionId", "notes", "assessmentRating", "assessmentComment", "createdAt", "updatedAt")
SELECT 'cpn' || md5(s.id), s."organisationId", s.id, s."privateNotes", s."assessmentRating", s."assessmentComment", s."createdAt", s."updatedAt"
FROM "CoachingSession" s
WHERE s."privateNotes" IS NOT NULL OR s."assessmentRating" IS NOT NULL OR s."assessmentComment" IS NOT NULL;

-- AlterTable
ALTER TABLE "CoachingSession" DROP COLUMN "assessmentComment",
DROP COLUMN "assessmentRating",
DROP COLUMN "privateNotes";

ALTER TABLE "CoachingPrivateNote" ADD CONSTRAINT "CoachingPrivateNote_assessmentRating_range"
  CHECK ("assessmentRating" IS NULL OR "assessmentRating" BETWEEN 1 AND 5);
ALTER TABLE "CoachingSession" ADD CONSTRAINT "CoachingSession_durationMinutes_range"
  CHECK ("durationMinutes" BETWEEN 5 AND 720);

-- ─────────────────────────────── Row-level security ───────────────────────────────

-- The operator's alone: no start-up or partner policy, ever.
ALTER TABLE "CoachingPrivateNote" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "CoachingPrivateNote_tenant" ON "CoachingPrivateNote"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));

-- ─────────────── The start-up's writes: only what it is meant to change ───────────────
-- The start-up may UPDATE its sessions (to confirm them) and its action items (to tick them
-- off): row-level security decides which rows, these triggers which columns. They bind a
-- writer whose active organisation is not the operator owning the row (the start-up); the
-- operator itself and the owner (migrations, seed, fixtures: no tenant) are not restricted.

CREATE FUNCTION coaching_session_startup_update_is_limited() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  acting text := app_organisation_id();
BEGIN
  IF acting IS NULL OR acting = OLD."organisationId" THEN
    RETURN NEW;
  END IF;
  IF (to_jsonb(NEW) - 'status' - 'confirmedAt' - 'updatedAt')
       IS DISTINCT FROM (to_jsonb(OLD) - 'status' - 'confirmedAt' - 'updatedAt')
     OR NOT (OLD.status = 'LOGGED' AND NEW.status = 'CONFIRMED' AND NEW."confirmedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'The start-up may only confirm a logged coaching session' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "CoachingSession_startup_update_is_limited"
BEFORE UPDATE ON "CoachingSession"
FOR EACH ROW EXECUTE FUNCTION coaching_session_startup_update_is_limited();

CREATE FUNCTION action_item_startup_update_is_limited() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  acting text := app_organisation_id();
BEGIN
  IF acting IS NULL OR acting = OLD."organisationId" THEN
    RETURN NEW;
  END IF;
  IF (to_jsonb(NEW) - 'status' - 'completedAt' - 'updatedAt')
       IS DISTINCT FROM (to_jsonb(OLD) - 'status' - 'completedAt' - 'updatedAt')
     OR OLD."ownerSide" <> 'STARTUP'
     OR NEW.status NOT IN ('OPEN', 'DONE') THEN
    RAISE EXCEPTION 'The start-up may only tick off or reopen its own action items' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "ActionItem_startup_update_is_limited"
BEFORE UPDATE ON "ActionItem"
FOR EACH ROW EXECUTE FUNCTION action_item_startup_update_is_limited();

-- ─────────────── An enrolled start-up's people, for its operator ───────────────
-- Row-level security keeps a start-up's memberships from the operator, yet a mentor must notify
-- the founders of a logged session and name one of them as an action item's owner. Runs as the
-- owner and answers only about an enrolment of the calling operator (app_organisation_id());
-- anything else, or no tenant: nothing. Never reveals roles, titles or deactivated members.
CREATE FUNCTION app_enrolment_member_ids(enrolment_id text) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT m."userId"
  FROM "Enrolment" e
  JOIN "Membership" m ON m."organisationId" = e."startupId"
  WHERE e.id = enrolment_id
    AND e."organisationId" = app_organisation_id()
    AND m.status = 'ACTIVE'
  ORDER BY m."userId"
$$;

REVOKE ALL ON FUNCTION app_enrolment_member_ids(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_enrolment_member_ids(text) TO incubase_app;
