import Image from 'next/image';
import { Card, When } from './detail-card';
import { HistoryCard } from './history-card';
import type { ReactNode } from 'react';
import { Price } from '@/components/catalog/price';
import type { ReturnDetailDto } from '@/lib/returns/admin-queries';
import { REASON_LABELS } from '@/lib/returns/labels';

/** The read-only parts of the staff return page. */

export { Card, When } from './detail-card';

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-ink-soft">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

export const factsClass = 'grid grid-cols-[auto_1fr] gap-x-4 gap-y-2';

export function ReturnRequestCard({ ret }: { ret: ReturnDetailDto }) {
  return (
    <Card id="request" title="The customer’s request">
      <dl className={factsClass}>
        <Fact label="Reason">{REASON_LABELS[ret.reason]}</Fact>
        <Fact label="Comment">{ret.comment ? <span className="whitespace-pre-line">{ret.comment}</span> : <span className="text-ink-soft">None</span>}</Fact>
        {ret.rejectionReason && <Fact label="Rejected because">{ret.rejectionReason}</Fact>}
        {ret.dates.received && <Fact label="On arrival">{ret.conditionNotes || 'No notes'}{ret.restocked ? ' · put back in stock' : ''}</Fact>}
      </dl>
      <h3 className="mt-4 mb-2 font-semibold">Photos</h3>
      {ret.photos.length === 0 ? (
        <p className="text-ink-soft">No photos attached.</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {ret.photos.map((src, i) => (
            <li key={src}>
              <a href={src} target="_blank" rel="noreferrer" className="block rounded-lg">
                <Image src={src} alt={`Photo ${i + 1} from the customer (opens full size)`} width={240} height={240} unoptimized className="aspect-square h-auto w-full rounded-lg border border-line object-cover" />
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function ReturnItemsTable({ items }: { items: ReturnDetailDto['items'] }) {
  return (
    <section aria-labelledby="items" className="overflow-x-auto rounded-2xl border border-line bg-white">
      <h2 id="items" className="p-4 pb-0 text-xl font-bold">Items coming back</h2>
      <table className="w-full text-left">
        <thead className="border-b border-line text-sm text-ink-soft">
          <tr>
            <th scope="col" className="p-4">Item</th>
            <th scope="col" className="p-4">SKU</th>
            <th scope="col" className="p-4 text-right">Units</th>
            <th scope="col" className="p-4 text-right">Unit price</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.sku} className="border-b border-line last:border-0">
              <td className="p-4">{item.name}</td>
              <td className="p-4 font-mono text-sm">{item.sku}</td>
              <td className="p-4 text-right">{item.quantity}</td>
              <td className="p-4 text-right"><Price money={item.unitPrice} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const REFUND_STATUS = { PENDING: 'Pending', SUCCEEDED: 'Succeeded', FAILED: 'Failed' } as const;

export function RefundAttempts({ refunds }: { refunds: ReturnDetailDto['refunds'] }) {
  return (
    <Card id="refunds" title="Refund attempts">
      {refunds.length === 0 ? (
        <p className="text-ink-soft">No refund yet.</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {refunds.map((r) => (
            <li key={r.attempt} className={`border-l-2 pl-3 ${r.status === 'FAILED' ? 'border-accent' : 'border-teal'}`}>
              <p>
                Attempt {r.attempt}: <Price money={r.amount} /> · <strong>{REFUND_STATUS[r.status]}</strong>
              </p>
              {r.failureReason && <p className="text-accent">Reason: {r.failureReason}</p>}
              <p className="text-sm text-ink-soft"><When at={r.at} /></p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

/** Every recorded change, who made it and when. */
export function ReturnHistory({ events }: { events: ReturnDetailDto['events'] }) {
  return <HistoryCard events={events} />;
}
