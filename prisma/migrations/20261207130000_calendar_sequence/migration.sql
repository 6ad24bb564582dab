-- Calendar updates (docs/decisions/037): a booking's .ics keeps one UID and a rising SEQUENCE.
ALTER TABLE "Booking" ADD COLUMN "calendarUid" TEXT,
ADD COLUMN "calendarSequence" INTEGER NOT NULL DEFAULT 0;

-- Bookings made before: their residents' calendars already hold the UID of their reference.
UPDATE "Booking" SET "calendarUid" = "reference" || '@termin.um.opole.pl';
