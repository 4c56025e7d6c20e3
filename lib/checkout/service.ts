import 'server-only';
import { getCart } from '@/lib/cart/queries';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { metrics } from '@/lib/observability/metrics';
import { formatOrderNumber } from '@/lib/orders/format';
import { DEFAULT_CHECKOUT_LIMITS, limitCheckoutStarts, type CheckoutLimits } from './limits';
import type { PaymentProvider } from './provider';
import { releaseOrder } from './release';
import { reserveIfAllowed } from './reserve';
import { SHIPPING_COUNTRIES, shippingRates } from './shipping';

export interface CheckoutDeps {
  provider: PaymentProvider;
  appUrl: string;
  sessionMinutes: number;
  /** The hoarding limits; DEFAULT_CHECKOUT_LIMITS when omitted. */
  limits?: CheckoutLimits;
  now?: () => Date;
}

/**
 * Turns the cart into a PENDING order, reserves its stock where the hoarding
 * rules allow (lib/checkout/reserve.ts) and opens a payment session built
 * from database prices (never from what the browser sent). Starts are
 * rate-limited per client IP and per cart.
 */
export async function startCheckout(
  input: CheckoutInput,
  deps: CheckoutDeps,
  client: DbOrTx = db,
): Promise<{ orderId: string; url: string }> {
  try {
    return await openCheckout(input, deps, client);
  } catch (error) {
    metrics.checkoutErrors.inc({ reason: failureReason(error) });
    throw error;
  }
}

type CheckoutInput = { cartId: string; email: string | null; userId: string | null; clientIp?: string | null };

/** The reason label of qlclaw_checkout_errors_total: every refusal above has its own code. */
function failureReason(error: unknown): string {
  const code = error instanceof AppError ? error.code : undefined;
  if (code === 'RATE_LIMITED') return 'rate_limited';
  if (code === 'UNPROCESSABLE') return 'empty_cart';
  if (code === 'CONFLICT') return 'out_of_stock';
  if (code === 'INTERNAL') return 'payment_provider';
  return 'unexpected';
}

async function openCheckout(input: CheckoutInput, deps: CheckoutDeps, client: DbOrTx): Promise<{ orderId: string; url: string }> {
  const now = deps.now ?? (() => new Date());
  const limits = deps.limits ?? DEFAULT_CHECKOUT_LIMITS;
  await limitCheckoutStarts({ clientIp: input.clientIp ?? null, cartId: input.cartId }, limits, now());
  const cart = await getCart(input.cartId, client);
  if (!cart || cart.lines.length === 0 || !cart.subtotal) throw new AppError('UNPROCESSABLE', 'Your cart is empty.');
  const problem = cart.lines.find((line) => line.problem);
  if (problem) {
    throw new AppError(
      'CONFLICT',
      problem.problem === 'out-of-stock'
        ? `${problem.name} is out of stock: remove it to continue.`
        : `Only ${problem.maxQuantity} of ${problem.name} can be ordered: lower the quantity to continue.`,
    );
  }

  const started = now();
  const expiresAt = new Date(started.getTime() + deps.sessionMinutes * 60_000);
  const { order, reused, superseded } = await inTransaction(client, async (tx) => {
    // One checkout at a time per cart: a double click waits here, then reuses the first.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`checkout:${input.cartId}`}))`;
    const pending = await tx.order.findMany({
      where: { cartId: input.cartId, status: 'PENDING' },
      select: {
        id: true,
        checkoutUrl: true,
        checkoutSessionId: true,
        checkoutExpiresAt: true,
        items: { select: { variantId: true, quantity: true, unitPriceCents: true } },
      },
    });
    const sameCart = (items: { variantId: string; quantity: number; unitPriceCents: number }[]) =>
      items.length === cart.lines.length &&
      cart.lines.every((line) =>
        items.some((i) => i.variantId === line.variantId && i.quantity === line.quantity && i.unitPriceCents === line.unitPrice.amount),
      );
    const reusable = pending.find(
      (o) => o.checkoutUrl && o.checkoutExpiresAt && o.checkoutExpiresAt.getTime() - started.getTime() > 5 * 60_000 && sameCart(o.items),
    );
    if (reusable) return { order: { id: reusable.id, number: 0 }, reused: reusable.checkoutUrl!, superseded: [] };
    for (const old of pending) await releaseOrder(old.id, 'Replaced by a newer checkout of the same cart.', {}, tx);

    const created = await tx.order.create({
      data: {
        email: input.email ?? '',
        userId: input.userId,
        checkoutIp: input.clientIp ?? null,
        stockReserved: false,
        cartId: input.cartId,
        currency: cart.subtotal!.currency,
        subtotalCents: cart.subtotal!.amount,
        totalCents: cart.subtotal!.amount,
        paymentProvider: deps.provider.name,
        checkoutExpiresAt: expiresAt,
        items: {
          create: cart.lines.map((line) => ({
            variantId: line.variantId,
            sku: line.sku,
            name: line.name,
            unitPriceCents: line.unitPrice.amount,
            quantity: line.quantity,
          })),
        },
      },
      select: { id: true, number: true },
    });
    const lines = cart.lines.map((line) => ({ variantId: line.variantId, name: line.name, quantity: line.quantity }));
    const reserved = await reserveIfAllowed(lines, { clientIp: input.clientIp ?? null, email: input.email }, limits, started, tx);
    await tx.order.update({
      where: { id: created.id },
      data: {
        stockReserved: reserved,
        events: {
          create: {
            type: 'checkout_started',
            message: reserved ? 'Checkout started; stock reserved.' : 'Checkout started without a reservation: stock is taken on payment.',
          },
        },
      },
    });
    return { order: created, reused: null, superseded: pending.filter((o) => o.checkoutSessionId).map((o) => o.checkoutSessionId!) };
  });

  if (reused) return { orderId: order.id, url: reused };
  // Old sessions must not be payable any more; best effort, the sweep catches the rest.
  await Promise.allSettled(superseded.map((sessionId) => deps.provider.expireSession(sessionId)));

  try {
    const rates = shippingRates(cart.subtotal.currency);
    const session = await deps.provider.createSession({
      orderId: order.id,
      orderNumber: formatOrderNumber(order.number),
      currency: cart.subtotal.currency,
      email: input.email,
      lines: cart.lines.map((line) => ({ sku: line.sku, name: line.name, unitAmount: line.unitPrice.amount, quantity: line.quantity })),
      shippingRates: rates,
      allowedCountries: SHIPPING_COUNTRIES,
      successUrl: `${new URL('/api/checkout/return', deps.appUrl)}?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: new URL('/cart', deps.appUrl).toString(),
      expiresAt,
      idempotencyKey: `checkout-${order.id}`,
    });
    const successUrl = session.url;
    await client.order.update({ where: { id: order.id }, data: { checkoutSessionId: session.id, checkoutUrl: successUrl } });
    return { orderId: order.id, url: successUrl };
  } catch (error) {
    await releaseOrder(order.id, 'The payment page could not be opened.', {}, client);
    throw new AppError('INTERNAL', 'We could not open the payment page. Nothing was charged; please try again.', { cause: error });
  }
}
