-- Residents correct their e-mail address with a code sent to the new one (docs/decisions/039).
CREATE TABLE "EmailChange" (
    "bookingId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "resends" INTEGER NOT NULL DEFAULT 0,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmailChange_pkey" PRIMARY KEY ("bookingId")
);

CREATE INDEX "EmailChange_expiresAt_idx" ON "EmailChange"("expiresAt");

ALTER TABLE "EmailChange" ADD CONSTRAINT "EmailChange_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;
