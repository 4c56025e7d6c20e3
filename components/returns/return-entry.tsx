import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import type { WindowState } from '@/lib/returns/policy';
import type { ReturnSummaryDto } from '@/lib/returns/queries';
import { ReturnList } from './return-list';

interface Props {
  window: WindowState;
  /** Units of the order not yet in a live return. */
  returnableUnits: number;
  startHref: string;
  returns: ReturnSummaryDto[];
  returnHref: (ret: ReturnSummaryDto) => string;
}

/** Why a closed window is closed, in the customer's words. */
export function closedWindowText(window: Extract<WindowState, { open: false }>): string {
  if (window.reason === 'expired' && window.lastDay)
    return `The 60-day return window for this order closed on ${formatDate(window.lastDay)}.`;
  if (window.reason === 'not-shipped') return 'This order has not shipped yet: returns open once it is on its way.';
  return 'This order cannot be returned yet.';
}

export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'Today is the last day to return this order.';
  return `${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left to return this order.`;
}

/** On an order page: the way into a return while the guarantee runs, or why it has ended. */
export function ReturnEntry({ window, returnableUnits, startHref, returns, returnHref }: Props) {
  return (
    <section aria-labelledby="returns-heading" className="rounded-2xl border border-line bg-white p-6">
      <h2 id="returns-heading" className="text-xl font-bold">
        Returns
      </h2>
      {window.open && returnableUnits > 0 && (
        <>
          <p className="mt-2">
            {daysLeftText(window.daysLeft)} Every QL Claw has a 60-day money-back guarantee (last day: {formatDate(window.lastDay)}).
          </p>
          <Link
            href={startHref}
            className="mt-3 inline-flex min-h-11 items-center rounded-full bg-teal px-6 py-2.5 font-semibold text-white no-underline hover:bg-teal-dark"
          >
            Start a return
          </Link>
        </>
      )}
      {window.open && returnableUnits === 0 && <p className="mt-2">Everything in this order is already in a return.</p>}
      {!window.open && (
        <p className="mt-2">
          {closedWindowText(window)} Questions? <Link href="/support">Contact support</Link>.
        </p>
      )}
      {returns.length > 0 && (
        <div className="mt-4 border-t border-line pt-2">
          <h3 className="sr-only">Returns for this order</h3>
          <ReturnList returns={returns} hrefOf={returnHref} />
        </div>
      )}
    </section>
  );
}
