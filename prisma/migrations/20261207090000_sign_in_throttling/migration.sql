-- Wrong passwords throttle the client that typed them instead of locking the account
-- (docs/decisions/028-sign-in-throttling.md): the account's own counter and lock go.

-- AlterTable
ALTER TABLE "StaffUser" DROP COLUMN "failedLogins",
DROP COLUMN "lockedUntil";

-- CreateTable
CREATE TABLE "SignInFailure" (
    "staffId" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "firstAt" TIMESTAMPTZ(3) NOT NULL,
    "lastAt" TIMESTAMPTZ(3) NOT NULL,
    "waitUntil" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("staffId","subject")
);

-- CreateTable
CREATE TABLE "SignInAlert" (
    "staffId" UUID NOT NULL,
    "failures" INTEGER NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL,
    "lastAt" TIMESTAMPTZ(3) NOT NULL,
    "raisedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SignInAlert_pkey" PRIMARY KEY ("staffId")
);

-- CreateIndex
CREATE INDEX "SignInFailure_lastAt_idx" ON "SignInFailure"("lastAt");

-- CreateIndex
CREATE INDEX "SignInAlert_lastAt_idx" ON "SignInAlert"("lastAt");

-- AddForeignKey
ALTER TABLE "SignInFailure" ADD CONSTRAINT "SignInFailure_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignInAlert" ADD CONSTRAINT "SignInAlert_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
