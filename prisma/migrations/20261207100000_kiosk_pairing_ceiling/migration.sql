-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "kioskPairingFailures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "kioskPairingPausedAt" TIMESTAMPTZ(3);
