-- Every ticket's reply address carries an unguessable tag; existing tickets get one here
-- (32 lowercase hex characters, 122 random bits from gen_random_uuid: case-folding mail servers cannot break it).
ALTER TABLE "Ticket" ADD COLUMN "replyTag" TEXT;
ALTER TABLE "Ticket" ADD COLUMN "followUpOfId" TEXT;
UPDATE "Ticket"
   SET "replyTag" = md5(gen_random_uuid()::text || clock_timestamp()::text)
 WHERE "replyTag" IS NULL;
CREATE UNIQUE INDEX "Ticket_replyTag_key" ON "Ticket"("replyTag");
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_followUpOfId_fkey" FOREIGN KEY ("followUpOfId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The Message-ID of the e-mail that carried each message, for threading and for idempotent inbound delivery.
ALTER TABLE "TicketMessage" ADD COLUMN "emailMessageId" TEXT;
CREATE UNIQUE INDEX "TicketMessage_emailMessageId_key" ON "TicketMessage"("emailMessageId");

-- Threading headers on outgoing mail.
ALTER TABLE "OutboxMessage" ADD COLUMN "messageId" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "inReplyTo" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "references" TEXT;

-- Inbound mail that was refused: seen by staff, on no ticket.
CREATE TABLE "InboundRefusal" (
    "id" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "messageId" TEXT,
    "code" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,

    CONSTRAINT "InboundRefusal_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "InboundRefusal_receivedAt_idx" ON "InboundRefusal"("receivedAt");
