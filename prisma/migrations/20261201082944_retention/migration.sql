-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "anonymisedAt" TIMESTAMPTZ(3),
ADD COLUMN     "emailHash" TEXT,
ADD COLUMN     "phoneHash" TEXT;

-- AlterTable
ALTER TABLE "ContactBlock" ADD COLUMN     "anonymisedAt" TIMESTAMPTZ(3),
ADD COLUMN     "valueHash" TEXT;

-- CreateTable
CREATE TABLE "JobRun" (
    "name" TEXT NOT NULL,
    "doneOn" DATE,
    "claimedUntil" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "lastReport" JSONB,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "Booking_emailHash_idx" ON "Booking"("emailHash");

-- CreateIndex
CREATE INDEX "Booking_phoneHash_idx" ON "Booking"("phoneHash");

-- CreateIndex
CREATE INDEX "ContactBlock_valueHash_idx" ON "ContactBlock"("valueHash");


