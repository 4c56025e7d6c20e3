-- Checkout hoarding limits, automatic refunds of oversold payments, and order holds (issue 12).
ALTER TABLE "Order" ADD COLUMN "holdReason" TEXT;
ALTER TABLE "Order" ADD COLUMN "heldAt" TIMESTAMP(3);
ALTER TABLE "Order" ADD COLUMN "checkoutIp" TEXT;
ALTER TABLE "Order" ADD COLUMN "oversoldRefund" TEXT;

CREATE INDEX "Order_checkoutIp_status_idx" ON "Order"("checkoutIp", "status");
CREATE INDEX "Order_oversoldRefund_idx" ON "Order"("oversoldRefund");
