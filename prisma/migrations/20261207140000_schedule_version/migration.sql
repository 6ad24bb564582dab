-- The schedule version (docs/decisions/035-fast-hold-path.md): every change of what a category's
-- times are made of (its opening rules, its office's or its own closures, its release horizon,
-- its hold minutes) bumps "ServiceCategory"."scheduleVersion" in the changing transaction. The
-- database does it, so no writer (a use case, the seed, a script, psql) can forget: a hold plans
-- its time from a copy of the schedule remembered by the app, then, holding the category's row
-- FOR SHARE, compares that copy's version with this one and plans again when they differ. The
-- bump is an UPDATE of that row, so it waits for every hold in progress and every later hold
-- waits for it.

-- AlterTable
ALTER TABLE "ServiceCategory" ADD COLUMN "scheduleVersion" INTEGER NOT NULL DEFAULT 0;

-- OLD is NULL on INSERT and NEW on DELETE (PostgreSQL 11 and later): one UPDATE bumps each
-- category concerned once, the row's category before and after a change alike.
CREATE FUNCTION "OpeningRule_bump_schedule_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ServiceCategory" SET "scheduleVersion" = "scheduleVersion" + 1
  WHERE id = OLD."categoryId" OR id = NEW."categoryId";
  RETURN NULL;
END $$;

CREATE TRIGGER "OpeningRule_bump_schedule_version"
AFTER INSERT OR UPDATE OR DELETE ON "OpeningRule"
FOR EACH ROW EXECUTE FUNCTION "OpeningRule_bump_schedule_version"();

-- A closure of a whole office (no category) changes every category of the office.
CREATE FUNCTION "Closure_bump_schedule_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ServiceCategory" SET "scheduleVersion" = "scheduleVersion" + 1
  WHERE ("officeId" = OLD."officeId" AND (OLD."categoryId" IS NULL OR id = OLD."categoryId"))
     OR ("officeId" = NEW."officeId" AND (NEW."categoryId" IS NULL OR id = NEW."categoryId"));
  RETURN NULL;
END $$;

CREATE TRIGGER "Closure_bump_schedule_version"
AFTER INSERT OR UPDATE OR DELETE ON "Closure"
FOR EACH ROW EXECUTE FUNCTION "Closure_bump_schedule_version"();

CREATE FUNCTION "ServiceCategory_bump_schedule_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."horizonDays" IS DISTINCT FROM OLD."horizonDays" OR NEW."holdMinutes" IS DISTINCT FROM OLD."holdMinutes" THEN
    NEW."scheduleVersion" := OLD."scheduleVersion" + 1;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "ServiceCategory_bump_schedule_version"
BEFORE UPDATE OF "horizonDays", "holdMinutes" ON "ServiceCategory"
FOR EACH ROW EXECUTE FUNCTION "ServiceCategory_bump_schedule_version"();
