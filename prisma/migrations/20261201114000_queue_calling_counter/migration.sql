-- A counter holds at most one called ticket: the database refuses a second (docs/decisions/021).

-- AlterTable
ALTER TABLE "QueueTicket" ADD COLUMN     "callingCounter" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "QueueTicket_officeId_day_callingCounter_key" ON "QueueTicket"("officeId", "day", "callingCounter");


