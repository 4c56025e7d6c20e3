import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RenewLinkForm } from '@/components/links/renew-link-form';
import { OrderDetails } from '@/components/orders/order-details';
import { ReturnEntry } from '@/components/returns/return-entry';
import { verifyOrderLink } from '@/lib/orders/link-access';
import { renewOrderLinkAction } from '@/lib/orders/link-actions';
import { getOrderForLink } from '@/lib/orders/queries';
import { guestReturnPath } from '@/lib/returns/access';
import { returnWindow } from '@/lib/returns/policy';
import { listReturnableLines, listReturnsForOrder } from '@/lib/returns/queries';

export const metadata: Metadata = { title: 'Your order', robots: { index: false } };
export const dynamic = 'force-dynamic';

/** Opened from a signed, time-limited, revocable link in an e-mail: no account needed. */
export default async function OrderViewPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token: given } = await searchParams;
  const token = typeof given === 'string' ? given : undefined;
  const link = await verifyOrderLink(token);
  const order = link && token ? await getOrderForLink(link.orderId, link.email) : null;
  // A wrong, expired or replaced link is a 404 whose page (not-found.tsx) says how to get a fresh one.
  if (!order || !token) notFound();
  const [lines, returns] = await Promise.all([listReturnableLines(order.id), listReturnsForOrder(order.id)]);
  // The order link proves the guest owns the order, so they may open its returns too.
  const returnHref = (ret: { id: string }) => guestReturnPath(ret.id, order.email);
  return (
    <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Order {order.number}</h1>
      <div className="mt-8">
        <OrderDetails order={order} />
      </div>
      <div className="mt-8">
        <ReturnEntry
          window={returnWindow(order, new Date())}
          returnableUnits={lines.reduce((n, line) => n + line.returnable, 0)}
          startHref={`/returns/new?token=${encodeURIComponent(token)}`}
          returns={returns}
          returnHref={returnHref}
        />
      </div>
      <section className="mt-12 border-t border-line pt-6" aria-labelledby="link-heading">
        <h2 id="link-heading" className="font-serif text-xl font-bold">
          Shared this link by mistake?
        </h2>
        <div className="mt-3">
          <RenewLinkForm
            action={renewOrderLinkAction}
            proof={{ name: 'token', value: token }}
            intro="Anyone with this link can see your order. We can e-mail a new one to the address on the order; this link, and every older one, then stops working."
            label="Send me a new link, revoke this one"
          />
        </div>
      </section>
    </div>
  );
}
