-- Milestone plans: the status timeline, reminders, platform templates and the start-up's side.
-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "remindedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "MilestoneStatusChange" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "milestoneId" TEXT NOT NULL,
    "fromStatus" "MilestoneStatus",
    "toStatus" "MilestoneStatus" NOT NULL,
    "actorId" TEXT,
    "reason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MilestoneStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MilestoneStatusChange_milestoneId_createdAt_idx" ON "MilestoneStatusChange"("milestoneId", "createdAt");

-- CreateIndex
CREATE INDEX "MilestoneStatusChange_organisationId_idx" ON "MilestoneStatusChange"("organisationId");

-- CreateIndex
CREATE INDEX "MilestoneStatusChange_actorId_idx" ON "MilestoneStatusChange"("actorId");

-- AddForeignKey
ALTER TABLE "MilestoneStatusChange" ADD CONSTRAINT "MilestoneStatusChange_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneStatusChange" ADD CONSTRAINT "MilestoneStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ─────────────────────────────── Milestones: the plan, its timeline, reminders ───────────────────────────────
-- The start-up plans its own milestones (adds them from templates or by hand, removes ones still
-- planned), moves them along (in progress, evidence submitted, delayed) and never decides them;
-- the operator assesses; an assigned mentor signs off. docs/decisions/0004-row-level-security.md.

-- The platform's templates for common pathways: reference data every deployment needs, demo
-- data or not. At most one platform template per key.
CREATE UNIQUE INDEX "MilestoneTemplate_platform_key" ON "MilestoneTemplate"("key") WHERE "organisationId" IS NULL;

INSERT INTO "MilestoneTemplate" ("id", "organisationId", "key", "category", "title", "titleZh", "description", "defaultOffsetDays", "requiresMentorSignOff", "createdAt", "updatedAt")
SELECT 'mtpl' || md5(t.key), NULL, t.key, t.category::"MilestoneCategory", t.title, t.title_zh, t.description, t.offset_days, t.sign_off, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM (VALUES
  ('PRE_IND_MEETING', 'REGULATORY', 'Pre-IND meeting held', '完成新藥臨床試驗申請前會議',
   'Type B pre-IND meeting with the US FDA (or the equivalent with NMPA); minutes received.', 180, true),
  ('IND_FILING_FDA', 'REGULATORY', 'IND filed with the US FDA', '向美國食品藥品監督管理局提交新藥臨床試驗申請',
   'Investigational New Drug application submitted; 30-day review clock started.', 540, false),
  ('CTA_FILING_EMA', 'REGULATORY', 'Clinical trial application filed in the EU', '向歐盟提交臨床試驗申請',
   'CTA submitted through CTIS under the EU Clinical Trials Regulation.', 600, false),
  ('IND_FILING_NMPA', 'REGULATORY', 'IND filed with the NMPA', '向國家藥品監督管理局提交臨床試驗申請',
   'Clinical trial application accepted by China''s National Medical Products Administration (60-working-day implied approval).', 600, false),
  ('FIRST_PATIENT_DOSED', 'CLINICAL', 'First patient dosed', '首位患者給藥',
   'First subject dosed in the first-in-human study, e.g. at an NMPA-accredited Hong Kong site.', 720, false),
  ('GMP_BATCH_RELEASE', 'MANUFACTURING_GMP', 'First GMP batch released', '首批GMP批次放行',
   'Clinical batch released by the Qualified Person against specification.', 450, false),
  ('GBA_URGENT_CLINICAL_USE', 'REGULATORY', 'Approved for urgent clinical use in the Greater Bay Area', '獲批於大灣區指定醫療機構使用',
   'Hong Kong-registered drug or device approved for designated GBA institutions such as the University of Hong Kong-Shenzhen Hospital.', 900, false),
  ('SERIES_A', 'FUNDRAISING', 'Series A closed', '完成A輪融資',
   'Priced equity round closed and funds received.', 730, false),
  ('HKEX_18A_LISTING', 'FUNDRAISING', 'Listed on HKEX under Chapter 18A', '根據《上市規則》第18A章於港交所上市',
   'Pre-revenue biotech listing on the Main Board of the Hong Kong Stock Exchange.', 1460, false)
) AS t(key, category, title, title_zh, description, offset_days, sign_off)
WHERE NOT EXISTS (
  SELECT 1 FROM "MilestoneTemplate" existing WHERE existing."organisationId" IS NULL AND existing.key = t.key
);

-- An enrolled start-up also sees its operators' own templates.
CREATE POLICY "MilestoneTemplate_startup_select" ON "MilestoneTemplate" FOR SELECT
  USING ("organisationId" IN (SELECT e.organisation_id FROM app_startup_enrolments() e));

-- The start-up adds milestones to its own plans and removes ones still planned.
CREATE POLICY "Milestone_startup_insert" ON "Milestone" FOR INSERT
  WITH CHECK (("enrolmentId", "organisationId") IN (SELECT e.id, e.organisation_id FROM app_startup_enrolments() e));
CREATE POLICY "Milestone_startup_delete" ON "Milestone" FOR DELETE
  USING ("enrolmentId" IN (SELECT e.id FROM app_startup_enrolments() e) AND status = 'PLANNED');

-- Row-level security decides which rows; this trigger which columns and statuses. The start-up
-- side (an active organisation that is not the operator owning the row) never writes an
-- assessment, a sign-off or a verdict (ACHIEVED, MISSED), and never changes a closed milestone.
-- Everyone, the owner included: acceptance waits for a required mentor sign-off. A sign-off made
-- through the app is the signed-in mentor's own, and only while they are assigned to the start-up.
CREATE FUNCTION milestone_write_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
  acting text := app_organisation_id();
  actor text := app_user_id();
  is_startup_side boolean := acting IS NOT NULL AND acting <> NEW."organisationId";
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF is_startup_side AND (
      NEW.status <> 'PLANNED'
      OR NEW."requiresMentorSignOff"
      OR NEW."assessedById" IS NOT NULL OR NEW."assessmentComment" IS NOT NULL
      OR NEW."achievedAt" IS NOT NULL OR NEW."submittedAt" IS NOT NULL
      OR NEW."mentorSignedOffById" IS NOT NULL OR NEW."mentorSignedOffAt" IS NOT NULL
      OR NEW."remindedAt" IS NOT NULL
    ) THEN
      RAISE EXCEPTION 'A start-up adds milestones as planned, without assessment or sign-off' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END IF;

  IF is_startup_side THEN
    IF OLD.status IN ('ACHIEVED', 'MISSED')
       OR NEW.status IN ('ACHIEVED', 'MISSED')
       OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId"
       OR NEW."enrolmentId" IS DISTINCT FROM OLD."enrolmentId"
       OR NEW."templateId" IS DISTINCT FROM OLD."templateId"
       OR NEW."requiresMentorSignOff" IS DISTINCT FROM OLD."requiresMentorSignOff"
       OR NEW."assessedById" IS DISTINCT FROM OLD."assessedById"
       OR NEW."assessmentComment" IS DISTINCT FROM OLD."assessmentComment"
       OR NEW."achievedAt" IS DISTINCT FROM OLD."achievedAt"
       OR NEW."mentorSignedOffById" IS DISTINCT FROM OLD."mentorSignedOffById"
       OR NEW."mentorSignedOffAt" IS DISTINCT FROM OLD."mentorSignedOffAt"
       OR NEW."remindedAt" IS DISTINCT FROM OLD."remindedAt" THEN
      RAISE EXCEPTION 'A start-up plans and reports on its milestones; the programme team assesses them' USING ERRCODE = '42501';
    END IF;
  END IF;

  IF NEW.status = 'ACHIEVED' AND OLD.status <> 'ACHIEVED'
     AND NEW."requiresMentorSignOff" AND NEW."mentorSignedOffAt" IS NULL THEN
    RAISE EXCEPTION 'This milestone needs its mentor''s sign-off before it is accepted' USING ERRCODE = '23514';
  END IF;

  IF actor IS NOT NULL AND NEW."mentorSignedOffById" IS NOT NULL
     AND NEW."mentorSignedOffById" IS DISTINCT FROM OLD."mentorSignedOffById"
     AND (
       NEW."mentorSignedOffById" <> actor
       OR NOT EXISTS (
         SELECT 1 FROM "MentorAssignment" ma
         WHERE ma."enrolmentId" = NEW."enrolmentId"
           AND ma."mentorId" = NEW."mentorSignedOffById"
           AND ma."organisationId" = NEW."organisationId"
           AND ma.status = 'ACTIVE'
       )
     ) THEN
    RAISE EXCEPTION 'Only a mentor assigned to this start-up signs off its milestones, in their own name' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Milestone_write_guard"
BEFORE INSERT OR UPDATE ON "Milestone"
FOR EACH ROW EXECUTE FUNCTION milestone_write_guard();

-- The timeline: the operator's, and the start-up's for its own milestones (it records its own
-- moves, as itself). Append-only for the app.
ALTER TABLE "MilestoneStatusChange" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "MilestoneStatusChange_tenant" ON "MilestoneStatusChange"
  USING ("organisationId" = (SELECT app_organisation_id()))
  WITH CHECK ("organisationId" = (SELECT app_organisation_id()));
CREATE POLICY "MilestoneStatusChange_startup_select" ON "MilestoneStatusChange" FOR SELECT
  USING ("milestoneId" IN (SELECT m.id FROM app_startup_milestones() m));
CREATE POLICY "MilestoneStatusChange_startup_insert" ON "MilestoneStatusChange" FOR INSERT
  WITH CHECK (
    ("milestoneId", "organisationId") IN (SELECT m.id, m.organisation_id FROM app_startup_milestones() m)
    AND "actorId" = (SELECT app_user_id())
  );
REVOKE UPDATE, DELETE ON "MilestoneStatusChange" FROM incubase_app;

-- The programme officers of the operator running an enrolment, for that operator and for the
-- enrolled start-up (evidence submitted: the officers are told). Runs as the owner; for any
-- other enrolment, or no tenant: nothing. Never reveals roles, titles or deactivated members.
CREATE FUNCTION app_enrolment_officer_ids(enrolment_id text) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT m."userId"
  FROM "Enrolment" e
  JOIN "Membership" m ON m."organisationId" = e."organisationId"
  WHERE e.id = enrolment_id
    AND app_organisation_id() IN (e."organisationId", e."startupId")
    AND m.role = 'PROGRAMME_OFFICER'
    AND m.status = 'ACTIVE'
  ORDER BY m."userId"
$$;

REVOKE ALL ON FUNCTION app_enrolment_officer_ids(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_enrolment_officer_ids(text) TO incubase_app;
