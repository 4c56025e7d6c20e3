import Link from 'next/link';
import type { ReturnDetailDto } from '@/lib/returns/queries';
import { ReturnAddress } from './return-address';
import { PrintButton } from './print-button';

/** Hides the site's header and footer on paper: the slip is the whole page. */
const PRINT_CSS = '@media print { header, footer { display: none !important; } html, body { background: #fff !important; } }';

/** The slip that goes in the parcel: the RMA number large enough to read across a warehouse. */
export function ReturnSlip({ ret, addressLines, backHref }: { ret: ReturnDetailDto; addressLines: string[]; backHref: string }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6 print:max-w-none print:p-0">
      <style href="return-slip-print" precedence="default">
        {PRINT_CSS}
      </style>
      <div className="flex flex-wrap items-center justify-between gap-4 print:hidden">
        <Link href={backHref}>Back to your return</Link>
        <PrintButton />
      </div>
      <article className="mt-6 rounded-2xl border-2 border-ink bg-white p-6 text-ink sm:p-10 print:mt-0 print:rounded-none print:border-0">
        <p className="text-sm font-semibold tracking-widest uppercase">QL Claw return slip · put this inside the parcel</p>
        <h1 className="mt-2 font-mono text-5xl font-extrabold break-all sm:text-7xl">{ret.number}</h1>
        <p className="mt-4 text-lg">
          Order <strong>{ret.orderNumber}</strong>
        </p>
        <h2 className="mt-8 text-lg font-bold">Items</h2>
        <ul className="mt-2 flex flex-col gap-1 text-lg">
          {ret.items.map((item) => (
            <li key={item.sku}>
              {item.quantity} × {item.name} <span className="text-ink-soft">({item.sku})</span>
            </li>
          ))}
        </ul>
        <h2 className="mt-8 text-lg font-bold">Send to</h2>
        <ReturnAddress lines={addressLines} className="mt-2 text-xl leading-relaxed" />
        <p className="mt-8 text-sm text-ink-soft">
          Write {ret.number} on the outside of the parcel too. Keep the shipping receipt until your refund arrives.
        </p>
      </article>
    </div>
  );
}
