import { Counter, Histogram, register } from 'prom-client';

/**
 * The store's Prometheus metrics, served by /api/metrics (token-protected). prom-client keeps one registry per
 * process (next.config.mjs lists it in serverExternalPackages so the app, the cache handler and the worker share it).
 * Each metric is looked up before it is made, so a module loaded twice (dev reloads) does not register it twice.
 * Gauges read at scrape time (queue depth, outbox age) are in ./scrape-gauges.ts.
 */
function counter<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
  return (register.getSingleMetric(name) as Counter<L> | undefined) ?? new Counter({ name, help, labelNames });
}

function histogram<L extends string>(name: string, help: string, buckets: number[], labelNames: readonly L[] = []): Histogram<L> {
  return (register.getSingleMetric(name) as Histogram<L> | undefined) ?? new Histogram({ name, help, buckets, labelNames });
}

export const metrics = {
  ordersPaid: counter('qlclaw_orders_paid_total', 'Orders whose payment was confirmed and fulfilled'),
  checkoutErrors: counter('qlclaw_checkout_errors_total', 'Checkout starts that failed, by reason', ['reason']),
  /** outcome: acknowledged (verified and recorded), duplicate (seen before), rejected (bad signature or body). */
  webhookEvents: counter('qlclaw_webhook_events_total', 'Payment webhook deliveries, by outcome', ['outcome']),
  webhookFailures: counter('qlclaw_webhook_failures_total', 'Payment webhook events whose processing failed'),
  webhookLagSeconds: histogram(
    'qlclaw_webhook_lag_seconds',
    'Seconds from the provider creating a payment event to the store having fulfilled it',
    [0.1, 0.5, 1, 2, 5, 15, 60, 300, 1800],
  ),
  jobRuns: counter('qlclaw_job_runs_total', 'Background job runs, by task and outcome', ['task', 'outcome']),
  /** result: hit, miss (rendered), stale, error (the shared cache could not be reached). */
  cacheReads: counter('qlclaw_cache_reads_total', 'Page and data cache reads, by result', ['result']),
  /** reason: return (a customer's return, refunded by staff) or oversold (paid after the stock was gone). */
  refunds: counter('qlclaw_refunds_total', 'Refunds that succeeded, by reason and currency', ['reason', 'currency']),
  refundedCents: counter('qlclaw_refunded_minor_units_total', 'Money refunded, in minor units of the currency', ['currency']),
};

/** Counts a refund once, where it is recorded as done (lib/returns/refunds.ts, lib/checkout/oversold.ts). */
export function countRefund(reason: 'return' | 'oversold', money: { amountCents: number; currency: string }): void {
  const currency = money.currency.toUpperCase();
  metrics.refunds.inc({ reason, currency });
  metrics.refundedCents.inc({ currency }, money.amountCents);
}
