import Link from 'next/link';
import { Price } from '@/components/catalog/price';
import { formatDate } from '@/lib/dates';
import type { OrderReturnsDto } from '@/lib/returns/admin-queries';
import { REASON_LABELS } from '@/lib/returns/labels';
import { ClearDisputeForm } from './return-clear-dispute-form';
import { ReturnStatusBadge } from './return-status-badge';

/** The staff order page's returns: a dispute warning, and each return with what has been refunded. */

export function OrderDisputeBanner({ number, canClear }: { number: string; canClear: boolean }) {
  return (
    <section
      aria-labelledby="dispute"
      className="mb-6 flex flex-col gap-3 rounded-2xl border border-accent bg-accent-light p-4 text-accent"
    >
      <h2 id="dispute" className="text-lg font-bold">
        Payment disputed
      </h2>
      <p>
        The customer’s card issuer opened a dispute on this payment. Refunds for this order are blocked until the dispute is settled and the
        flag is cleared.
        {!canClear && ' Ask an admin to clear it.'}
      </p>
      {canClear && <ClearDisputeForm number={number} />}
    </section>
  );
}

export function OrderReturnsCard({ summary }: { summary: OrderReturnsDto }) {
  return (
    <section aria-labelledby="returns" className="rounded-2xl border border-line bg-white p-5">
      <h2 id="returns" className="mb-3 text-xl font-bold">
        Returns
      </h2>
      {summary.returns.length === 0 ? (
        <p className="text-ink-soft">No returns requested.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {summary.returns.map((ret) => (
            <li key={ret.number} className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <Link href={`/admin/returns/${ret.number}`} className="font-semibold">
                {ret.number}
              </Link>
              <ReturnStatusBadge status={ret.status} />
              <span className="w-full text-sm text-ink-soft">
                {ret.units === 1 ? '1 unit' : `${ret.units} units`} · {REASON_LABELS[ret.reason]} ·{' '}
                <time dateTime={ret.createdAt.toISOString()}>{formatDate(ret.createdAt)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 border-t border-line pt-3">
        <dt className="text-ink-soft">Refunded so far</dt>
        <dd className="text-right font-semibold">
          <Price money={summary.refunded} />
        </dd>
        {summary.pending.amount > 0 && (
          <>
            <dt className="text-ink-soft">Pending</dt>
            <dd className="text-right">
              <Price money={summary.pending} />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
