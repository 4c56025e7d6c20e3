/**
 * Webhook fulfilment over HTTP: N orders are checked out in-process with the
 * Stripe provider (against the fake Stripe), paid there, then every
 * `checkout.session.completed` event is POSTed, signed, to the running app
 * twice (half of the duplicates back to back, so they race), 50 at a time.
 * The app only records each event and queues its job; a job-queue worker in
 * this process fulfils them meanwhile. Two figures: acknowledged events per
 * second (the POSTs), and fulfilled orders per second, from the first POST to
 * the last order paid. The database must show each order fulfilled exactly once.
 */
import { addToCart, createCart } from '../lib/cart/service';
import { startCheckout } from '../lib/checkout/service';
import { createStripeClient, STRIPE_API_VERSION, stripeProvider } from '../lib/checkout/stripe-provider';
import type { Db } from '../lib/db';
import type { FakeStripe } from '../tests/support/fake-stripe';
import { APP_URL, STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET } from './infra';
import { startPaymentWorker, waitForPaid, WORKER_CONCURRENCY } from './webhook-worker';
import { count, log, ms, perSecond, pool, summarise, type Report } from './report';

const ORDERS = Number(process.env.BENCH_WEBHOOK_ORDERS ?? 400);
const CONCURRENCY = 50;

interface Delivery {
  payload: string;
  header: string;
}

export async function measureWebhooks(client: Db, fake: FakeStripe, report: Report): Promise<void> {
  const section = 'Webhook fulfilment';
  const stripe = createStripeClient({ secretKey: STRIPE_SECRET_KEY, apiBase: fake.url, maxNetworkRetries: 0 });
  const provider = stripeProvider(stripe);
  const variant = await client.productVariant.update({
    where: { sku: 'QLC-2' },
    data: { stock: 100_000 },
    select: { id: true, stock: true },
  });
  const stockBefore = variant.stock;

  log(`webhooks: creating ${ORDERS} orders through startCheckout() with the Stripe provider`);
  const quantities = Array.from({ length: ORDERS }, (_, i) => 1 + (i % 3));
  const orderIds = await pool(quantities, 8, async (quantity, i) => {
    const cartId = await createCart(null, client);
    await addToCart(cartId, variant.id, quantity, client);
    const { orderId } = await startCheckout(
      { cartId, email: `bench-webhook-${i}@example.test`, userId: null },
      { provider, appUrl: APP_URL, sessionMinutes: 30 },
      client,
    );
    return orderId;
  });
  const units = quantities.reduce((s, n) => s + n, 0);
  const stockAfterCheckout = await stockOf(client, variant.id);
  const orders = await client.order.findMany({ where: { id: { in: orderIds } }, select: { id: true, checkoutSessionId: true } });

  // Paid at "Stripe", then one signed event per session.
  const events: Delivery[] = orders.map((order, i) => {
    const session = fake.completeSession(order.checkoutSessionId!, { email: `bench-webhook-${i}@example.test` });
    const payload = JSON.stringify({
      id: `evt_bench_${i}_${order.id}`,
      object: 'event',
      api_version: STRIPE_API_VERSION,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type: 'checkout.session.completed',
      data: { object: session },
    });
    return { payload, header: stripe.webhooks.generateTestHeaderString({ payload, secret: STRIPE_WEBHOOK_SECRET }) };
  });
  // Every event twice: even ones back to back (they race), odd ones again at the end.
  const deliveries: Delivery[] = [];
  const later: Delivery[] = [];
  events.forEach((event, i) => (i % 2 === 0 ? deliveries.push(event, event) : (deliveries.push(event), later.push(event))));
  deliveries.push(...later);

  const worker = await startPaymentWorker(process.env.DATABASE_URL!, provider, APP_URL);
  log(`webhooks: POSTing ${deliveries.length} signed events (${ORDERS} unique, each twice) at concurrency ${CONCURRENCY}`);
  log(`webhooks: a job-queue worker (concurrency ${WORKER_CONCURRENCY}) fulfils them meanwhile`);
  const endpoint = new URL('/api/webhooks/stripe', APP_URL);
  const startedAt = Date.now();
  const started = performance.now();
  const responses = await pool(deliveries, CONCURRENCY, async (delivery) => {
    const sent = performance.now();
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': delivery.header },
      body: delivery.payload,
    });
    const body = (await response.json().catch(() => ({}))) as { queued?: boolean; duplicate?: boolean; error?: string };
    return {
      status: response.status,
      latency: performance.now() - sent,
      outcome: body.duplicate ? 'duplicate' : body.queued ? 'queued' : (body.error ?? '?'),
    };
  });
  const seconds = (performance.now() - started) / 1000;
  const drained = await waitForPaid(client, orderIds, 120_000);
  await worker.stop();
  const fulfilSeconds = ((drained.lastPaidAt?.getTime() ?? Date.now()) - startedAt) / 1000;

  const outcomes: Record<string, number> = {};
  for (const r of responses) outcomes[`${r.status} ${r.outcome}`] = (outcomes[`${r.status} ${r.outcome}`] ?? 0) + 1;
  const latency = summarise(responses.map((r) => r.latency));
  const failed = responses.filter((r) => r.status !== 200).length;

  const paid = await client.order.count({ where: { id: { in: orderIds }, status: 'PAID' } });
  const confirmations = await client.outboxMessage.count({ where: { template: 'order-confirmation' } });
  const confirmationsForTheseOrders = await client.outboxMessage.count({
    where: { dedupeKey: { in: orderIds.map((id) => `order-confirmation:${id}`) } },
  });
  const processedEvents = await client.webhookEvent.count({ where: { processedAt: { not: null } } });
  const paidEvents = await client.orderEvent.count({ where: { orderId: { in: orderIds }, type: 'paid' } });
  const stockAfter = await stockOf(client, variant.id);

  const rate = deliveries.length / seconds;
  const fulfilRate = paid / fulfilSeconds;
  report.set('webhooks', {
    orders: ORDERS,
    deliveries: deliveries.length,
    seconds,
    eventsPerSecond: rate,
    fulfilSeconds,
    fulfilledPerSecond: fulfilRate,
    workerConcurrency: WORKER_CONCURRENCY,
    latency,
    outcomes,
    paid,
    confirmations,
    confirmationsForTheseOrders,
    processedEvents,
    paidEvents,
    units,
    stockBefore,
    stockAfterCheckout,
    stockAfter,
  });
  const outcomeText = Object.entries(outcomes)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  report.check(
    section,
    'acknowledged events/s (duplicates included)',
    rate,
    '>=',
    200,
    perSecond,
    `${deliveries.length} POSTs in ${seconds.toFixed(2)} s; p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)}`,
  );
  report.info(
    section,
    'fulfilled orders/s',
    perSecond(fulfilRate),
    `${paid} orders paid ${fulfilSeconds.toFixed(2)} s after the first POST; worker concurrency ${WORKER_CONCURRENCY}`,
  );
  report.check(section, 'non-200 answers', failed, '==', 0, count, outcomeText);
  report.check(section, 'orders PAID', paid, '==', ORDERS, count);
  report.check(
    section,
    'order-confirmation e-mails in outbox',
    confirmations,
    '==',
    ORDERS,
    count,
    `${confirmationsForTheseOrders} keyed to these orders`,
  );
  report.check(section, '"paid" order events', paidEvents, '==', ORDERS, count);
  report.check(section, 'webhook events processed', processedEvents, '==', ORDERS, count, 'unique event ids');
  report.check(
    section,
    'stock taken (units ordered)',
    stockBefore - stockAfter,
    '==',
    units,
    count,
    `reserved at checkout: ${stockBefore - stockAfterCheckout}; changed by webhooks: ${stockAfterCheckout - stockAfter}`,
  );
}

async function stockOf(client: Db, variantId: string): Promise<number> {
  const row = await client.productVariant.findUniqueOrThrow({ where: { id: variantId }, select: { stock: true } });
  return row.stock;
}
