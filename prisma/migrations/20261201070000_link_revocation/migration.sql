-- Revocable customer links: a signed link issued before "linksValidFrom" no longer opens its order, return or ticket.
-- AlterTable
ALTER TABLE "Order" ADD COLUMN "linksValidFrom" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ReturnRequest" ADD COLUMN "linksValidFrom" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN "linksValidFrom" TIMESTAMP(3);
