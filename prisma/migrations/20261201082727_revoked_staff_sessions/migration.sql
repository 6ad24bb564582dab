-- CreateTable
CREATE TABLE "RevokedStaffSession" (
    "id" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "revokedAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RevokedStaffSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RevokedStaffSession_expiresAt_idx" ON "RevokedStaffSession"("expiresAt");
