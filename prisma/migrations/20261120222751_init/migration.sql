-- CreateTable
CREATE TABLE "Probe" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "Probe_pkey" PRIMARY KEY ("id")
);
