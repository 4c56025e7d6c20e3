import type { Metadata } from 'next';
import Link from 'next/link';
import { ReturnList } from '@/components/returns/return-list';
import { requireViewer } from '@/lib/auth/guards';
import { listReturnsForCustomer } from '@/lib/returns/queries';

export const metadata: Metadata = { title: 'Your returns', robots: { index: false } };

export default async function AccountReturnsPage() {
  const viewer = await requireViewer('/account/returns');
  const returns = await listReturnsForCustomer(viewer);
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <p>
        <Link href="/account">Your account</Link>
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Your returns</h1>
      <div className="mt-6 rounded-2xl border border-line bg-white px-6 py-2">
        {returns.length ? (
          <ReturnList returns={returns} />
        ) : (
          <p className="py-4 text-ink-soft">
            No returns. Every order has a 60-day money-back guarantee: start a return from <Link href="/account/orders">the order</Link>.
          </p>
        )}
      </div>
    </div>
  );
}
