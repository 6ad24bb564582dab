-- A message kind that is no longer needed is withdrawn, not failed.
ALTER TYPE "MessageStatus" ADD VALUE 'CANCELLED';

-- Lifetime, encrypted secrets, handled-by-an-administrator mark (docs/decisions/016).
ALTER TABLE "OutboxMessage" ADD COLUMN "expiresAt" TIMESTAMPTZ(3),
ADD COLUMN "handledAt" TIMESTAMPTZ(3),
ADD COLUMN "secrets" TEXT;

-- Rows queued before this migration: a pending one gets a day from now, so the deploy gives
-- nothing up; the rest a day from when they were queued.
UPDATE "OutboxMessage"
SET "expiresAt" = CASE WHEN status = 'PENDING' THEN now() + interval '1 day'
                       ELSE "createdAt" + interval '1 day' END;

-- A default, so an instance still running the previous release (which sets no lifetime) keeps
-- queuing while a rolling deploy replaces it.
ALTER TABLE "OutboxMessage" ALTER COLUMN "expiresAt" SET DEFAULT (now() + '1 day'::interval);
ALTER TABLE "OutboxMessage" ALTER COLUMN "expiresAt" SET NOT NULL;

-- Messages sent or given up before this migration kept the code and the manage link in clear:
-- put the placeholders new messages use in their place (a 6-digit number not preceded by a
-- digit or '#', which would be an HTML colour).
UPDATE "OutboxMessage"
SET payload = regexp_replace(
  regexp_replace(payload::text, '/wizyta/[A-Za-z0-9_-]{20,}', '/wizyta/{{secret:token}}', 'g'),
  CASE WHEN template = 'confirmation-code' THEN '(?<![0-9#])[0-9]{6}(?![0-9])' ELSE '(?!x)x' END,
  '{{secret:code}}',
  'g'
)::jsonb
WHERE status <> 'PENDING' AND template IN ('confirmation-code', 'booking-confirmed');
