import Link from 'next/link';
import type { WindowState } from '@/lib/returns/policy';
import type { ReturnableLineDto } from '@/lib/returns/queries';
import { closedWindowText, daysLeftText } from './return-entry';
import { ReturnForm } from './return-form';

interface Props {
  orderNumber: string;
  window: WindowState;
  lines: ReturnableLineDto[];
  proof: { name: 'orderNumber' | 'token'; value: string };
  orderHref: string;
}

/** The "start a return" page body, for customers and guests alike: the form, or why there is none. */
export function StartReturn({ orderNumber, window, lines, proof, orderHref }: Props) {
  const open = window.open && lines.some((line) => line.returnable > 0);
  return (
    <div className="mx-auto max-w-2xl px-4 py-12 sm:px-6">
      <p>
        <Link href={orderHref}>Order {orderNumber}</Link>
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Return items from {orderNumber}</h1>
      {window.open ? (
        <p className="mt-3 text-lg text-ink-soft">
          {daysLeftText(window.daysLeft)} Tell us what you are sending back and why; we e-mail you at every step.
        </p>
      ) : (
        <p className="mt-3 text-lg">
          {closedWindowText(window)} Questions? <Link href="/support">Contact support</Link>.
        </p>
      )}
      {window.open && !open && <p className="mt-3 text-lg">Everything in this order is already in a return.</p>}
      {open && (
        <div className="mt-8 rounded-2xl border border-line bg-white p-6">
          <ReturnForm proof={proof} lines={lines} cancelHref={orderHref} />
        </div>
      )}
    </div>
  );
}
