import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the parts of Stripe's HTTP API the store calls, so the
 * real Stripe SDK can be exercised offline. It keeps sessions in memory,
 * honours Idempotency-Key like Stripe (same key → same response), records
 * every request, and lets a test decide what a session looks like when read
 * back (paid, expired, …) or make the API fail for a while.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  form: URLSearchParams;
}

export interface FakeSession {
  id: string;
  object: 'checkout.session';
  status: 'open' | 'complete' | 'expired';
  payment_status: 'paid' | 'unpaid' | 'no_payment_required';
  client_reference_id: string | null;
  metadata: Record<string, string>;
  currency: string;
  amount_subtotal: number;
  amount_total: number;
  total_details: { amount_discount: number; amount_shipping: number; amount_tax: number };
  customer_email: string | null;
  customer_details: { email: string | null } | null;
  collected_information: { shipping_details: { name: string; address: Record<string, string | null> } | null } | null;
  shipping_cost: { amount_total: number; shipping_rate: { id: string; object: 'shipping_rate'; display_name: string } } | null;
  payment_intent: string | null;
  url: string | null;
  expires_at: number;
  line_items_input: { name: string; unit_amount: number; quantity: number }[];
  shipping_options_input: { display_name: string; amount: number }[];
}

export interface FakeStripe {
  url: string;
  /** What the next POST /v1/refunds answers: a created refund (default), a Stripe error code, or a failed refund. */
  refundBehaviour: 'succeed' | 'already_refunded' | 'fail';
  requests: RecordedRequest[];
  sessions: Map<string, FakeSession>;
  /** Makes the next `count` API requests answer 500 (Stripe retries them). */
  failNext(count: number): void;
  /** Marks a session paid as Stripe would after the customer pays. */
  completeSession(
    id: string,
    options?: { email?: string; shippingOption?: number; discount?: number; tax?: number; paymentStatus?: FakeSession['payment_status'] },
  ): FakeSession;
  expireSession(id: string): FakeSession;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** Stripe's form encoding: line_items[0][price_data][unit_amount]=4900 → nested lookups. */
function indexed(form: URLSearchParams, prefix: string): Map<number, Map<string, string>> {
  const out = new Map<number, Map<string, string>>();
  for (const [key, value] of form) {
    const match = new RegExp(`^${prefix.replace(/[[\]]/g, '\\$&')}\\[(\\d+)\\](.*)$`).exec(key);
    if (!match) continue;
    const i = Number(match[1]);
    if (!out.has(i)) out.set(i, new Map());
    out.get(i)!.set(match[2]!, value);
  }
  return out;
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, FakeSession>();
  const idempotent = new Map<string, { status: number; body: string }>();
  let failures = 0;

  function createSession(form: URLSearchParams): FakeSession {
    const lines = [...indexed(form, 'line_items').values()].map((l) => ({
      name: l.get('[price_data][product_data][name]') ?? '',
      unit_amount: Number(l.get('[price_data][unit_amount]')),
      quantity: Number(l.get('[quantity]')),
    }));
    const options = [...indexed(form, 'shipping_options').values()].map((o) => ({
      display_name: o.get('[shipping_rate_data][display_name]') ?? '',
      amount: Number(o.get('[shipping_rate_data][fixed_amount][amount]')),
    }));
    const subtotal = lines.reduce((sum, l) => sum + l.unit_amount * l.quantity, 0);
    const id = `cs_test_${randomBytes(12).toString('hex')}`;
    const session: FakeSession = {
      id,
      object: 'checkout.session',
      status: 'open',
      payment_status: 'unpaid',
      client_reference_id: form.get('client_reference_id'),
      metadata: Object.fromEntries([...form].filter(([k]) => k.startsWith('metadata[')).map(([k, v]) => [k.slice(9, -1), v])),
      currency: form.get('line_items[0][price_data][currency]') ?? 'usd',
      amount_subtotal: subtotal,
      amount_total: subtotal,
      total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
      customer_email: form.get('customer_email'),
      customer_details: null,
      collected_information: null,
      shipping_cost: null,
      payment_intent: null,
      url: `https://checkout.stripe.test/c/pay/${id}`,
      expires_at: Number(form.get('expires_at')),
      line_items_input: lines,
      shipping_options_input: options,
    };
    sessions.set(id, session);
    return session;
  }

  const server: Server = createServer(async (request, response) => {
    const body = await readBody(request);
    const url = new URL(request.url ?? '/', 'http://fake');
    const form = new URLSearchParams(request.method === 'GET' ? url.search : body);
    requests.push({ method: request.method ?? 'GET', path: url.pathname, headers: request.headers, form });
    const send = (status: number, payload: unknown) => {
      const text = JSON.stringify(payload);
      response.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${randomBytes(6).toString('hex')}` });
      response.end(text);
      return text;
    };
    if (failures > 0) {
      failures--;
      send(500, { error: { type: 'api_error', message: 'Something went wrong on Stripe’s end (simulated).' } });
      return;
    }
    const key = request.headers['idempotency-key'];
    const cacheKey = typeof key === 'string' ? `${request.method} ${url.pathname} ${key}` : null;
    if (cacheKey && idempotent.has(cacheKey)) {
      const cached = idempotent.get(cacheKey)!;
      response.writeHead(cached.status, { 'content-type': 'application/json', 'idempotent-replayed': 'true' });
      response.end(cached.body);
      return;
    }
    const remember = (status: number, payload: unknown) => {
      const text = send(status, payload);
      if (cacheKey) idempotent.set(cacheKey, { status, body: text });
    };

    if (request.method === 'POST' && url.pathname === '/v1/refunds') {
      if (fake.refundBehaviour === 'already_refunded') {
        return send(400, {
          error: { type: 'invalid_request_error', code: 'charge_already_refunded', message: 'Charge ch_x has already been refunded.' },
        });
      }
      if (fake.refundBehaviour === 'fail') {
        return remember(200, {
          id: `re_${randomBytes(8).toString('hex')}`,
          object: 'refund',
          status: 'failed',
          failure_reason: 'expired_or_canceled_card',
          amount: Number(form.get('amount')),
        });
      }
      return remember(200, {
        id: `re_${randomBytes(8).toString('hex')}`,
        object: 'refund',
        status: 'succeeded',
        amount: Number(form.get('amount')),
        payment_intent: form.get('payment_intent'),
      });
    }

    const sessionMatch = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(url.pathname);
    if (request.method === 'POST' && url.pathname === '/v1/checkout/sessions') return remember(200, createSession(form));
    if (sessionMatch) {
      const session = sessions.get(sessionMatch[1]!);
      if (!session)
        return send(404, { error: { type: 'invalid_request_error', message: `No such checkout.session: '${sessionMatch[1]}'` } });
      if (sessionMatch[2]) {
        if (session.status !== 'open')
          return send(400, {
            error: { type: 'invalid_request_error', message: `Only Checkout Sessions with a status in ["open"] can be expired.` },
          });
        session.status = 'expired';
        return remember(200, session);
      }
      return send(200, session);
    }
    send(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${request.method}: ${url.pathname}).` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeStripe = {
    url: `http://127.0.0.1:${port}`,
    refundBehaviour: 'succeed',
    requests,
    sessions,
    failNext(count) {
      failures = count;
    },
    completeSession(id, options = {}) {
      const session = sessions.get(id);
      if (!session) throw new Error(`no fake session ${id}`);
      const option = session.shipping_options_input[options.shippingOption ?? 0] ?? { display_name: 'Standard', amount: 0 };
      const discount = options.discount ?? 0;
      const tax = options.tax ?? 0;
      session.status = 'complete';
      session.payment_status = options.paymentStatus ?? 'paid';
      session.customer_details = { email: options.email ?? session.customer_email ?? 'buyer@example.test' };
      session.collected_information = {
        shipping_details: {
          name: 'Robin Shopper',
          address: { line1: '1 Test Street', line2: null, city: 'Springfield', postal_code: '12345', state: 'IL', country: 'US' },
        },
      };
      session.shipping_cost = {
        amount_total: option.amount,
        shipping_rate: { id: `shr_${randomBytes(4).toString('hex')}`, object: 'shipping_rate', display_name: option.display_name },
      };
      session.total_details = { amount_discount: discount, amount_shipping: option.amount, amount_tax: tax };
      session.amount_total = session.amount_subtotal + option.amount - discount + tax;
      session.payment_intent = `pi_${randomBytes(10).toString('hex')}`;
      session.url = null;
      return session;
    },
    expireSession(id) {
      const session = sessions.get(id)!;
      session.status = 'expired';
      session.url = null;
      return session;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return fake;
}
