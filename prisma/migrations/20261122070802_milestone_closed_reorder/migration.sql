-- Reordering a plan moves achieved and missed milestones too: the start-up side may change the
-- position of a closed milestone, and nothing else about it. Replaces milestone_write_guard()
-- of 20261122063041_milestone_template_sign_off.

CREATE OR REPLACE FUNCTION milestone_write_guard() RETURNS trigger
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
    IF (OLD.status IN ('ACHIEVED', 'MISSED')
        AND (to_jsonb(NEW) - 'position' - 'updatedAt') IS DISTINCT FROM (to_jsonb(OLD) - 'position' - 'updatedAt'))
       OR (NEW.status IN ('ACHIEVED', 'MISSED') AND NEW.status IS DISTINCT FROM OLD.status)
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
