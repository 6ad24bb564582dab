-- AlterTable
ALTER TABLE "WalkInMatter" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE UNIQUE INDEX "ServiceCategory_active_ticketPrefix_key" ON "ServiceCategory"("officeId", "ticketPrefix") WHERE (active);


