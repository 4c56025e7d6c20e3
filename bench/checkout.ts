/**
 * Checkout creation with the built-in test provider, called in-process: this
 * times the service (cart read, order + stock reservation transaction,
 * provider session row, order update) against PostgreSQL, without HTTP.
 */
import { addToCart, createCart } from '../lib/cart/service';
import { startCheckout } from '../lib/checkout/service';
import { testProvider } from '../lib/checkout/test-provider';
import type { Db } from '../lib/db';
import { APP_URL } from './infra';
import { log, ms, summarise, type Report } from './report';

const WARMUP = 20;
const ITERATIONS = 200;

export async function measureCheckout(client: Db, report: Report): Promise<void> {
  const section = 'Checkout (test provider)';
  // Plenty of stock, so no iteration fails for want of it.
  const variant = await client.productVariant.update({ where: { sku: 'QLC-1' }, data: { stock: 1_000_000 }, select: { id: true } });
  const provider = testProvider(APP_URL, client);
  const deps = { provider, appUrl: APP_URL, sessionMinutes: 30 };
  const timings: number[] = [];
  log(`checkout: ${WARMUP} warm-up + ${ITERATIONS} timed startCheckout() calls`);
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const cartId = await createCart(null, client);
    await addToCart(cartId, variant.id, 1, client);
    const started = performance.now();
    await startCheckout({ cartId, email: `bench-checkout-${i}@example.test`, userId: null }, deps, client);
    const elapsed = performance.now() - started;
    if (i >= WARMUP) timings.push(elapsed);
  }
  const s = summarise(timings);
  report.set('checkout', { warmup: WARMUP, ...s });
  const scope = 'in-process startCheckout(): service + database + provider, no HTTP';
  report.info(section, 'p50', ms(s.p50), scope);
  report.check(section, 'p95', s.p95, '<', 100, ms, `${s.n} runs after ${WARMUP} warm-up; max ${ms(s.max)}`);
}
