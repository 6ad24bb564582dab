-- AlterTable
ALTER TABLE "Announcement" ADD COLUMN     "createdById" UUID;

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;
