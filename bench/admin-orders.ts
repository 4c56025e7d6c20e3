/**
 * The staff order list with 100,000 orders: seeded in one INSERT … SELECT
 * over generate_series, analysed, then listOrdersForStaff() timed in-process
 * for the cases staff use. A case over budget gets the plan of its slowest
 * statement as the reason.
 */
import type { Db } from '../lib/db';
import { listOrdersForStaff } from '../lib/orders/admin-queries';
import { orderListFilterSchema } from '../lib/orders/schemas';
import { explainSlowest } from './explain';
import { count, log, ms, summarise, type Report } from './report';

const ORDERS = 100_000;
const RUNS = 50;
const WARMUP = 5;

/** Statuses in rough real-world proportions, dates spread over the past year. */
const SEED_SQL = `
WITH variant AS (SELECT id, sku, name, "priceCents" FROM "ProductVariant" WHERE sku = 'QLC-1'),
rows AS (
  SELECT n,
         1 + n % 3 AS qty,
         (CASE WHEN n % 20 < 11 THEN 'DELIVERED' WHEN n % 20 < 15 THEN 'SHIPPED' WHEN n % 20 < 18 THEN 'PAID'
               WHEN n % 20 = 18 THEN 'PENDING' ELSE 'CANCELLED' END)::"OrderStatus" AS status,
         now() - make_interval(secs => (n::bigint * 7919) % 31536000) AS at
    FROM generate_series(1, $1::int) AS n
),
orders AS (
  INSERT INTO "Order" (id, status, email, currency, "subtotalCents", "shippingCents", "totalCents", "paymentProvider",
                       "stockReserved", "paidAt", "shippedAt", "deliveredAt", "cancelledAt", "createdAt", "updatedAt")
  SELECT 'bench_order_' || r.n, r.status, 'customer' || r.n || '@example.test', 'USD', v."priceCents" * r.qty, 500,
         v."priceCents" * r.qty + 500, 'stripe', r.status <> 'CANCELLED',
         CASE WHEN r.status IN ('PAID', 'SHIPPED', 'DELIVERED') THEN r.at END,
         CASE WHEN r.status IN ('SHIPPED', 'DELIVERED') THEN r.at + interval '1 day' END,
         CASE WHEN r.status = 'DELIVERED' THEN r.at + interval '4 days' END,
         CASE WHEN r.status = 'CANCELLED' THEN r.at + interval '30 minutes' END,
         r.at, r.at
    FROM rows r CROSS JOIN variant v
  RETURNING id, "subtotalCents"
)
INSERT INTO "OrderItem" (id, "orderId", "variantId", sku, name, "unitPriceCents", quantity)
SELECT 'bench_item_' || o.id, o.id, v.id, v.sku, v.name, v."priceCents", o."subtotalCents" / v."priceCents"
  FROM orders o CROSS JOIN variant v`;

export async function measureAdminOrders(client: Db, databaseUrl: string, report: Report): Promise<void> {
  const section = 'Admin order list (100k)';
  log(`admin: inserting ${count(ORDERS)} orders with one item each`);
  const seeding = performance.now();
  await client.$executeRawUnsafe(SEED_SQL, ORDERS);
  await client.$executeRawUnsafe('ANALYZE "Order"');
  await client.$executeRawUnsafe('ANALYZE "OrderItem"');
  const total = await client.order.count();
  log(`admin: ${count(total)} orders in the table (seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s)`);

  const [middle] = await client.$queryRawUnsafe<{ number: number }[]>(`SELECT number FROM "Order" WHERE id = 'bench_order_${ORDERS / 2}'`);
  const cases = [
    { name: 'no filter, page 1', input: {} },
    { name: 'status=SHIPPED, page 1', input: { status: 'SHIPPED' } },
    { name: 'e-mail prefix "customer4242"', input: { q: 'customer4242' } },
    { name: `order number "QLC-${middle!.number}"`, input: { q: `QLC-${middle!.number}` } },
    { name: 'no filter, page 2000', input: { page: '2000' } },
  ];

  const results: Record<string, unknown> = {};
  for (const c of cases) {
    const filter = orderListFilterSchema.parse(c.input);
    const timings: number[] = [];
    let shown = '';
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const started = performance.now();
      const result = await listOrdersForStaff(filter, client);
      const elapsed = performance.now() - started;
      if (i >= WARMUP) timings.push(elapsed);
      shown = `${result.orders.length} row(s) of ${count(result.total)}`;
    }
    const s = summarise(timings);
    const ok = s.p95 < 100;
    const reason = ok ? undefined : await explainSlowest(databaseUrl, (logged) => listOrdersForStaff(filter, logged));
    results[c.name] = { ...s, shown, reason };
    report.check(section, `${c.name} p95`, s.p95, '<', 100, ms, `p50 ${ms(s.p50)}; ${shown}${reason ? `; slowest: ${reason}` : ''}`);
  }
  report.set('adminOrders', { orders: total, runs: RUNS, cases: results });
}
