-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN "senderVerifiedAt" TIMESTAMP(3);

-- Tickets opened by a signed-in customer under their own e-mail were proven from the start.
UPDATE "Ticket" t SET "senderVerifiedAt" = t."createdAt" FROM "User" u WHERE t."userId" = u."id" AND lower(u."email") = t."email";

-- CreateTable
CREATE TABLE "SupportUpload" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ticketId" TEXT,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sweptAt" TIMESTAMP(3),

    CONSTRAINT "SupportUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupportUpload_email_createdAt_idx" ON "SupportUpload"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SupportUpload_createdAt_idx" ON "SupportUpload"("createdAt");

-- CreateIndex
CREATE INDEX "SupportUpload_key_idx" ON "SupportUpload"("key");
