import Image from 'next/image';
import { Price } from '@/components/catalog/price';
import { DataTable, type Column } from '@/components/staff/data-table';
import type { ReturnDetailDto } from '@/lib/returns/admin-detail-queries';
import { REASON_LABELS } from '@/lib/returns/labels';
import { Card, Fact, Facts, When } from './detail-card';
import { HistoryCard } from './history-card';

/** The read-only parts of the staff return page. */

export function ReturnRequestCard({ ret }: { ret: ReturnDetailDto }) {
  return (
    <Card id="request" title="The customer’s request">
      <Facts>
        <Fact label="Reason">{REASON_LABELS[ret.reason]}</Fact>
        <Fact label="Comment">
          {ret.comment ? <span className="whitespace-pre-line">{ret.comment}</span> : <span className="text-ink-soft">None</span>}
        </Fact>
        {ret.rejectionReason && <Fact label="Rejected because">{ret.rejectionReason}</Fact>}
        {ret.dates.received && (
          <Fact label="On arrival">
            {ret.conditionNotes || 'No notes'}
            {ret.restocked ? ' · put back in stock' : ''}
          </Fact>
        )}
      </Facts>
      <h3 className="mt-4 mb-2 font-semibold">Photos</h3>
      {ret.photos.length === 0 ? (
        <p className="text-ink-soft">No photos attached.</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {ret.photos.map((src, i) => (
            <li key={src}>
              <a href={src} target="_blank" rel="noreferrer" className="block rounded-lg">
                <Image
                  src={src}
                  alt={`Photo ${i + 1} from the customer (opens full size)`}
                  width={240}
                  height={240}
                  unoptimized
                  className="aspect-square h-auto w-full rounded-lg border border-line object-cover"
                />
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

type ReturnItem = ReturnDetailDto['items'][number];

const itemColumns: Column<ReturnItem>[] = [
  { header: 'Item', cell: (item) => item.name, rowHeader: true },
  { header: 'SKU', cell: (item) => item.sku, className: 'font-mono text-sm' },
  { header: 'Units', cell: (item) => item.quantity, align: 'end' },
  { header: 'Unit price', cell: (item) => <Price money={item.unitPrice} />, align: 'end' },
];

export function ReturnItemsTable({ items }: { items: ReturnDetailDto['items'] }) {
  return (
    <DataTable
      caption="Items coming back"
      section={{ id: 'items', title: 'Items coming back' }}
      columns={itemColumns}
      rows={items}
      rowKey={(item) => item.sku}
    />
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
              <p className="text-sm text-ink-soft">
                <When at={r.at} />
              </p>
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
