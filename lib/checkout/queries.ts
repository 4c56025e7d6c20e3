import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import type { Money } from '@/lib/money';

export interface TestCheckoutDto {
  id: string;
  state: 'open' | 'complete' | 'expired';
  email: string | null;
  expiresAt: Date;
  lines: { name: string; quantity: number; lineTotal: Money }[];
  subtotal: Money;
}

export async function getTestCheckout(sessionId: string, now = new Date(), client: DbOrTx = db): Promise<TestCheckoutDto | null> {
  const session = await client.testCheckoutSession.findUnique({
    where: { id: sessionId },
    select: { id: true, orderId: true, status: true, email: true, expiresAt: true, currency: true, subtotalCents: true },
  });
  if (!session) return null;
  const items = await client.orderItem.findMany({
    where: { orderId: session.orderId },
    select: { name: true, quantity: true, unitPriceCents: true },
  });
  const state = session.status === 'open' && session.expiresAt <= now ? 'expired' : (session.status as TestCheckoutDto['state']);
  return {
    id: session.id,
    state,
    email: session.email,
    expiresAt: session.expiresAt,
    lines: items.map((i) => ({
      name: i.name,
      quantity: i.quantity,
      lineTotal: { amount: i.unitPriceCents * i.quantity, currency: session.currency },
    })),
    subtotal: { amount: session.subtotalCents, currency: session.currency },
  };
}
