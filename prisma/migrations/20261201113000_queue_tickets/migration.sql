-- The ticket machine and the counter (issue #12, docs/decisions/021). QueueTicket had no writer
-- before this release, so its new NOT NULL columns need no backfill.

-- CreateEnum
CREATE TYPE "QueueTicketStatus" AS ENUM ('ISSUED', 'CALLED', 'SERVED', 'ABSENT');

-- CreateEnum
CREATE TYPE "QueueTicketKind" AS ENUM ('BOOKED', 'WALK_IN');

-- AlterTable
ALTER TABLE "ServiceCategory" ADD COLUMN     "waitingArea" TEXT,
ADD COLUMN     "walkInEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "walkInStopMin" INTEGER NOT NULL DEFAULT 30;

-- AlterTable
ALTER TABLE "QueueTicket" ADD COLUMN     "absentAt" TIMESTAMPTZ(3),
ADD COLUMN     "callCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "calledById" UUID,
ADD COLUMN     "categoryId" UUID NOT NULL,
ADD COLUMN     "counter" INTEGER,
ADD COLUMN     "deviceId" UUID,
ADD COLUMN     "kind" "QueueTicketKind" NOT NULL,
ADD COLUMN     "seq" INTEGER NOT NULL,
ADD COLUMN     "status" "QueueTicketStatus" NOT NULL DEFAULT 'ISSUED',
ADD COLUMN     "transferredFromId" UUID;

-- CreateTable
CREATE TABLE "QueueTicketCounter" (
    "officeId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "prefix" TEXT NOT NULL,
    "kind" "QueueTicketKind" NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "QueueTicketCounter_pkey" PRIMARY KEY ("officeId","day","prefix","kind")
);

-- CreateTable
CREATE TABLE "KioskDevice" (
    "id" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "pairedById" UUID,
    "pairedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "KioskDevice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KioskPairing" (
    "id" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "KioskPairing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KioskDevice_tokenHash_key" ON "KioskDevice"("tokenHash");

-- CreateIndex
CREATE INDEX "KioskDevice_officeId_idx" ON "KioskDevice"("officeId");

-- CreateIndex
CREATE UNIQUE INDEX "KioskPairing_codeHash_key" ON "KioskPairing"("codeHash");

-- CreateIndex
CREATE INDEX "KioskPairing_officeId_expiresAt_idx" ON "KioskPairing"("officeId", "expiresAt");

-- CreateIndex
CREATE INDEX "QueueTicket_officeId_day_status_categoryId_idx" ON "QueueTicket"("officeId", "day", "status", "categoryId");

-- AddForeignKey
ALTER TABLE "QueueTicket" ADD CONSTRAINT "QueueTicket_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ServiceCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueTicket" ADD CONSTRAINT "QueueTicket_transferredFromId_fkey" FOREIGN KEY ("transferredFromId") REFERENCES "ServiceCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueTicket" ADD CONSTRAINT "QueueTicket_calledById_fkey" FOREIGN KEY ("calledById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueTicket" ADD CONSTRAINT "QueueTicket_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "KioskDevice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueTicketCounter" ADD CONSTRAINT "QueueTicketCounter_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KioskDevice" ADD CONSTRAINT "KioskDevice_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KioskDevice" ADD CONSTRAINT "KioskDevice_pairedById_fkey" FOREIGN KEY ("pairedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KioskPairing" ADD CONSTRAINT "KioskPairing_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KioskPairing" ADD CONSTRAINT "KioskPairing_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;


