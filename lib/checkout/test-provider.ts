import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db, type DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { PaymentProvider, ProviderSession, ShippingDetails } from './provider';
import { shippingRates } from './shipping';

/**
 * The built-in provider used when no Stripe key is set: checkout happens on a
 * local page marked TEST MODE, and its cards behave like Stripe's test cards.
 * Sessions live in PostgreSQL, so any app instance can serve any step.
 */
export const TEST_CARDS = {
  success: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
} as const;

export function testProvider(appUrl: string, client: DbOrTx = db): PaymentProvider {
  return {
    name: 'test',

    async createSession(input) {
      const id = `tcs_${randomBytes(16).toString('hex')}`;
      // One session per order: a retried request returns the first one.
      const session = await client.testCheckoutSession.upsert({
        where: { orderId: input.orderId },
        create: {
          id,
          orderId: input.orderId,
          currency: input.currency,
          subtotalCents: input.lines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0),
          totalCents: input.lines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0),
          email: input.email,
          expiresAt: input.expiresAt,
        },
        update: {},
        select: { id: true },
      });
      return { id: session.id, url: new URL(`/checkout/test/${session.id}`, appUrl).toString() };
    },

    async retrieveSession(sessionId): Promise<ProviderSession> {
      const row = await client.testCheckoutSession.findUnique({ where: { id: sessionId } });
      if (!row) throw new AppError('NOT_FOUND', `No test checkout session ${sessionId}.`);
      const expired = row.status === 'open' && row.expiresAt <= new Date();
      return {
        id: row.id,
        orderId: row.orderId,
        status: expired ? 'expired' : (row.status as ProviderSession['status']),
        paymentStatus: row.paymentStatus as ProviderSession['paymentStatus'],
        currency: row.currency,
        amountSubtotal: row.subtotalCents,
        amountShipping: row.shippingCents,
        amountDiscount: 0,
        amountTax: 0,
        amountTotal: row.totalCents,
        email: row.email,
        shipping: row.shippingAddress
          ? { name: row.shippingName ?? '', address: row.shippingAddress as unknown as ShippingDetails['address'] }
          : null,
        shippingMethod: row.shippingMethod,
        paymentIntentId: row.paymentIntentId,
      };
    },

    async refund(input) {
      // Recorded locally through the same code path: the Refund row the caller keeps is the record.
      const paid = await client.testCheckoutSession.findUnique({ where: { paymentIntentId: input.paymentIntentId }, select: { id: true } });
      if (!paid) return { status: 'failed', id: null, reason: `No test payment ${input.paymentIntentId}.` };
      return { status: 'succeeded', id: `tre_${createHash('sha256').update(input.idempotencyKey).digest('hex').slice(0, 24)}` };
    },

    async expireSession(sessionId) {
      await client.testCheckoutSession.updateMany({ where: { id: sessionId, status: 'open' }, data: { status: 'expired' } });
    },
  };
}

export interface TestPayment {
  email: string;
  shipping: ShippingDetails;
  shippingRate: 'standard' | 'express';
  cardNumber: string;
}

export type TestPaymentOutcome = { ok: true } | { ok: false; message: string };

/** What Stripe would do with the card: pay the session, or decline it and leave it open. */
export async function payTestSession(
  sessionId: string,
  payment: TestPayment,
  now = new Date(),
  client: DbOrTx = db,
): Promise<TestPaymentOutcome> {
  const card = payment.cardNumber.replace(/\D/g, '');
  if (card === TEST_CARDS.declined) return { ok: false, message: 'Your card was declined. Try another card.' };
  if (card === TEST_CARDS.insufficientFunds) return { ok: false, message: 'Your card has insufficient funds. Try another card.' };
  if (card !== TEST_CARDS.success) {
    return { ok: false, message: 'This is test mode: use the test card 4242 4242 4242 4242 (or 4000 0000 0000 0002 to see a decline).' };
  }
  const session = await client.testCheckoutSession.findUnique({ where: { id: sessionId } });
  if (!session) throw new AppError('NOT_FOUND', 'This checkout session does not exist.');
  if (session.status !== 'open' || session.expiresAt <= now) {
    return { ok: false, message: 'This checkout has expired. Return to your cart to start again.' };
  }
  const rate = shippingRates(session.currency).find((r) => r.id === payment.shippingRate)!;
  const { count } = await client.testCheckoutSession.updateMany({
    where: { id: sessionId, status: 'open' },
    data: {
      status: 'complete',
      paymentStatus: 'paid',
      email: payment.email,
      shippingName: payment.shipping.name,
      shippingAddress: payment.shipping.address,
      shippingMethod: rate.label,
      shippingCents: rate.price.amount,
      totalCents: session.subtotalCents + rate.price.amount,
      cardLast4: card.slice(-4),
      paymentIntentId: `tpi_${randomBytes(12).toString('hex')}`,
      completedAt: now,
    },
  });
  return count === 1 ? { ok: true } : { ok: false, message: 'This checkout was already completed.' };
}
