-- Reasons as codes (docs/decisions/033-reason-codes.md): Booking."cancelReason",
-- ContactBlock."reason" and ContactBlock."liftReason" keep their names and now hold codes
-- (lib/domain/reasons.ts); the words staff typed move to "cancelNote", "reasonNote" and "liftNote",
-- the no-show rule's figures to "noShowCount" and "noShowDays". Words come from the catalogue when
-- a reason is shown (lib/i18n/reasons.ts).
--
-- Rolling deploy: this runs before the new instances start, and an old one may still write for a
-- minute. We let the database refuse its writes rather than keep the old shape writable: every
-- reason column becomes an enum, so an old instance's sentence ('odwołana przez mieszkańca', a
-- typed reason) fails the enum's input check (a typed code name fails the CHECK constraints
-- below), its whole transaction rolls back, the clerk or resident gets the generic error, and the
-- retry lands on a new instance. No row in the old shape is ever written. An old instance still
-- reads: for that minute it shows codes where it showed sentences (the day's list says
-- "Anulowana" without "(spóźnienie)", the blocks page "NO_SHOWS"). Accepting both shapes would
-- take a trigger that compares text and a second migration to drop it, for a minute's benefit.

CREATE TYPE "CancelReason" AS ENUM ('BY_RESIDENT', 'NOT_CONFIRMED', 'WRONG_CODES', 'LATE', 'AT_REQUEST', 'SCHEDULE_CHANGE', 'ERASURE_REQUEST');
CREATE TYPE "BlockReasonCode" AS ENUM ('NO_SHOWS', 'MANUAL');
CREATE TYPE "LiftReasonCode" AS ENUM ('NO_SHOW_UNDONE', 'MANUAL');

-- ───────────────────────────── Booking ─────────────────────────────

ALTER TABLE "Booking" ADD COLUMN "cancelCode" "CancelReason", ADD COLUMN "cancelNote" TEXT;

-- Termin's own sentences (lib/i18n/messages/pl.ts, 'spóźnienie' of the day's list, and the hold's
-- wording before 7 December 2026) are codes in disguise.
UPDATE "Booking" SET "cancelCode" = CASE "cancelReason"
    WHEN 'odwołana przez mieszkańca' THEN 'BY_RESIDENT'
    WHEN 'nie potwierdzono na czas' THEN 'NOT_CONFIRMED'
    WHEN 'nie potwierdzono w ciągu 60 minut' THEN 'NOT_CONFIRMED'
    WHEN 'pięć błędnych kodów' THEN 'WRONG_CODES'
    WHEN 'spóźnienie' THEN 'LATE'
    WHEN 'usunięcie danych na wniosek mieszkańca' THEN 'ERASURE_REQUEST'
  END::"CancelReason"
WHERE "cancelReason" IS NOT NULL;

-- Any other text was typed by staff: it becomes the note, under the code of the audit entry that
-- recorded the cancellation (the newest, if there were several); without one, under the code
-- that fits who cancelled it.
UPDATE "Booking" b SET
  "cancelNote" = b."cancelReason",
  "cancelCode" = COALESCE(
    (SELECT CASE a.action WHEN 'booking.cancelled-at-request' THEN 'AT_REQUEST' ELSE 'SCHEDULE_CHANGE' END
       FROM "AuditLog" a
      WHERE a.entity = 'Booking' AND a."entityId" = b.id::text
        AND a.action IN ('booking.cancelled-at-request', 'booking.cancelled-by-schedule')
      ORDER BY a.at DESC, a.id DESC
      LIMIT 1),
    CASE b."cancelledBy" WHEN 'RESIDENT' THEN 'BY_RESIDENT' WHEN 'SYSTEM' THEN 'NOT_CONFIRMED' ELSE 'AT_REQUEST' END
  )::"CancelReason"
WHERE b."cancelReason" IS NOT NULL AND b."cancelCode" IS NULL;

ALTER TABLE "Booking" DROP COLUMN "cancelReason";
ALTER TABLE "Booking" RENAME COLUMN "cancelCode" TO "cancelReason";
-- A note is the words of a reason, never on its own.
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_cancelNote_check"
  CHECK ("cancelNote" IS NULL OR "cancelReason" IS NOT NULL);

-- ───────────────────────────── ContactBlock ─────────────────────────────

ALTER TABLE "ContactBlock"
  ADD COLUMN "reasonCode" "BlockReasonCode",
  ADD COLUMN "noShowCount" INTEGER,
  ADD COLUMN "noShowDays" INTEGER,
  ADD COLUMN "reasonNote" TEXT,
  ADD COLUMN "liftCode" "LiftReasonCode",
  ADD COLUMN "liftNote" TEXT;

-- The rule's sentence ("2 nieobecności na umówionych wizytach w ciągu 90 dni") gives its figures.
UPDATE "ContactBlock" b SET "reasonCode" = 'NO_SHOWS', "noShowCount" = m.figures[1]::int, "noShowDays" = m.figures[2]::int
FROM (
  SELECT id, regexp_match(reason, '^(\d{1,9}) nieobecnoś(?:ć|ci) na umówionych wizytach w ciągu (\d{1,9}) dni$') AS figures
  FROM "ContactBlock" WHERE source = 'NO_SHOW_RULE'
) m
WHERE b.id = m.id AND m.figures IS NOT NULL;

-- An administrator's words, or a rule's sentence that does not parse, are kept as the note.
UPDATE "ContactBlock" SET "reasonCode" = 'MANUAL', "reasonNote" = reason WHERE "reasonCode" IS NULL;

-- A rule's block lifted because its no-show was taken back; any other lift was typed.
UPDATE "ContactBlock" SET "liftCode" = 'NO_SHOW_UNDONE'
WHERE source = 'NO_SHOW_RULE' AND "liftReason" = 'cofnięto nieobecność';
UPDATE "ContactBlock" SET "liftCode" = 'MANUAL', "liftNote" = "liftReason"
WHERE "liftReason" IS NOT NULL AND "liftCode" IS NULL;

ALTER TABLE "ContactBlock" DROP COLUMN "reason", DROP COLUMN "liftReason";
ALTER TABLE "ContactBlock" RENAME COLUMN "reasonCode" TO "reason";
ALTER TABLE "ContactBlock" RENAME COLUMN "liftCode" TO "liftReason";
ALTER TABLE "ContactBlock" ALTER COLUMN "reason" SET NOT NULL;
-- One shape per code (lib/domain/reasons.ts BlockReason, LiftReason).
ALTER TABLE "ContactBlock"
  ADD CONSTRAINT "ContactBlock_reason_check" CHECK (CASE "reason"
    WHEN 'NO_SHOWS' THEN "noShowCount" IS NOT NULL AND "noShowDays" IS NOT NULL AND "reasonNote" IS NULL
    ELSE "reasonNote" IS NOT NULL AND "noShowCount" IS NULL AND "noShowDays" IS NULL
  END),
  ADD CONSTRAINT "ContactBlock_liftReason_check" CHECK (CASE "liftReason"
    WHEN 'MANUAL' THEN "liftNote" IS NOT NULL
    ELSE "liftNote" IS NULL
  END);
