import type { Metadata } from 'next';
import Link from 'next/link';
import { OrderList } from '@/components/orders/order-list';
import { ReturnList } from '@/components/returns/return-list';
import { TicketList } from '@/components/support/ticket-list';
import { Button } from '@/components/ui/button';
import { signOutAction } from '@/lib/auth/actions';
import { requireViewer } from '@/lib/auth/guards';
import { isStaff } from '@/lib/auth/policy';
import { listOrdersForCustomer } from '@/lib/orders/queries';
import { listReturnsForCustomer } from '@/lib/returns/queries';
import { listTicketsForCustomer } from '@/lib/support/queries';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

export default async function AccountPage() {
  const viewer = await requireViewer('/account');
  const [orders, returns, tickets] = await Promise.all([
    listOrdersForCustomer(viewer),
    listReturnsForCustomer(viewer),
    listTicketsForCustomer(viewer, { take: 4 }),
  ]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-4xl font-bold">Your account</h1>
          <p className="mt-2 text-ink-soft">
            Signed in as <strong className="text-ink">{viewer.email}</strong>
          </p>
        </div>
        <form action={signOutAction}>
          <Button variant="secondary" type="submit">
            Sign out
          </Button>
        </form>
      </div>
      {isStaff(viewer.role) && (
        <p className="mt-6 rounded-lg bg-teal-light px-4 py-3">
          You are on the staff. <Link href="/admin">Open the staff area</Link>
        </p>
      )}
      <div className="mt-10 flex flex-col gap-6">
        <section aria-labelledby="orders-heading" className="rounded-2xl border border-line bg-white p-6">
          <h2 id="orders-heading" className="text-xl font-bold">
            Orders
          </h2>
          {orders.length ? (
            <>
              <OrderList orders={orders.slice(0, 3)} />
              {orders.length > 3 && (
                <Link href="/account/orders" className="mt-2 inline-block font-semibold">
                  All {orders.length} orders
                </Link>
              )}
            </>
          ) : (
            <>
              <p className="mt-2 text-ink-soft">You have no orders yet.</p>
              <Link href="/products/ql-claw" className="mt-3 inline-block font-semibold">
                Shop QL Claw
              </Link>
            </>
          )}
        </section>
        <section aria-labelledby="returns-heading" className="rounded-2xl border border-line bg-white p-6">
          <h2 id="returns-heading" className="text-xl font-bold">
            Returns
          </h2>
          {returns.length ? (
            <>
              <ReturnList returns={returns.slice(0, 3)} />
              {returns.length > 3 && (
                <Link href="/account/returns" className="mt-2 inline-block font-semibold">
                  All {returns.length} returns
                </Link>
              )}
            </>
          ) : (
            <p className="mt-2 text-ink-soft">
              No returns. Every order has a 60-day money-back guarantee: start a return from the order&apos;s page.
            </p>
          )}
        </section>
        <section aria-labelledby="support-heading" className="rounded-2xl border border-line bg-white p-6">
          <h2 id="support-heading" className="text-xl font-bold">
            Support conversations
          </h2>
          {tickets.length ? (
            <>
              <TicketList tickets={tickets.slice(0, 3)} />
              {tickets.length > 3 && (
                <Link href="/account/support" className="mt-2 inline-block font-semibold">
                  All conversations
                </Link>
              )}
            </>
          ) : (
            <p className="mt-2 text-ink-soft">
              No conversations with support yet. Questions? <Link href="/support">Get help</Link>: real people answer, day and night.
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
