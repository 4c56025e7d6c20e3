-- The staff order list sorts by ("createdAt", id) newest first; with 100k orders
-- a plain "createdAt" index still left PostgreSQL sorting the whole table.

-- DropIndex
DROP INDEX "Order_createdAt_idx";

-- CreateIndex
CREATE INDEX "Order_createdAt_id_idx" ON "Order"("createdAt", "id");
