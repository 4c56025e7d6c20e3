import Link from 'next/link';
import { formatMoney } from '@/lib/money';
import type { ReturnDetailDto } from '@/lib/returns/queries';
import { REASON_LABELS } from '@/lib/returns/labels';
import { CancelReturnForm } from './cancel-return-form';
import { ReturnAddress } from './return-address';
import { CustomerReturnStatusBadge } from './return-status';
import { ReturnTimeline } from './return-timeline';

interface Props {
  ret: ReturnDetailDto;
  addressLines: string[];
  slipHref: string;
  /** How the cancel form proves who is asking. */
  cancelProof: { name: 'returnNumber' | 'token'; value: string };
}

/** A return as its customer sees it: where it is, what is in it, and where to send it. */
export function ReturnDetails({ ret, addressLines, slipHref, cancelProof }: Props) {
  const sending = ret.status === 'REQUESTED' || ret.status === 'APPROVED';
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section aria-labelledby="status-heading" className="rounded-2xl border border-line bg-white p-6">
        <h2 id="status-heading" className="text-xl font-bold">
          Status
        </h2>
        <p className="mt-2">
          <CustomerReturnStatusBadge status={ret.status} />
        </p>
        <ReturnTimeline ret={ret} />
      </section>
      <section aria-labelledby="items-heading" className="rounded-2xl border border-line bg-white p-6">
        <h2 id="items-heading" className="text-xl font-bold">
          What you are returning
        </h2>
        <ul className="mt-3 flex flex-col gap-1">
          {ret.items.map((item) => (
            <li key={item.sku}>
              {item.quantity} × {item.name}
            </li>
          ))}
        </ul>
        <dl className="mt-4 flex flex-col gap-2 border-t border-line pt-4">
          <div>
            <dt className="font-semibold">Order</dt>
            <dd>{ret.orderNumber}</dd>
          </div>
          <div>
            <dt className="font-semibold">Reason</dt>
            <dd>{REASON_LABELS[ret.reason]}</dd>
          </div>
          {ret.comment && (
            <div>
              <dt className="font-semibold">Your comment</dt>
              <dd className="break-words whitespace-pre-line">{ret.comment}</dd>
            </div>
          )}
          {ret.photoCount > 0 && (
            <div>
              <dt className="font-semibold">Photos</dt>
              <dd>{ret.photoCount} sent to our team</dd>
            </div>
          )}
          {ret.refunded && (
            <div>
              <dt className="font-semibold">Refunded</dt>
              <dd className="text-lg font-bold">{formatMoney(ret.refunded)}</dd>
            </div>
          )}
        </dl>
      </section>
      {sending && (
        <section aria-labelledby="send-heading" className="rounded-2xl border border-line bg-white p-6">
          <h2 id="send-heading" className="text-xl font-bold">
            Sending it back
          </h2>
          {ret.status === 'REQUESTED' && (
            <p className="mt-2 font-semibold">Please wait until we approve your return before you send anything: we will e-mail you.</p>
          )}
          <p className="mt-2">Pack the item with the return slip inside and send it to:</p>
          <ReturnAddress lines={addressLines} className="mt-2 rounded-lg bg-sand px-4 py-3" />
          <p className="mt-3">
            <Link href={slipHref}>Print the return slip</Link>
          </p>
        </section>
      )}
      {ret.cancellable && (
        <section aria-labelledby="cancel-heading" className="rounded-2xl border border-line bg-white p-6">
          <h2 id="cancel-heading" className="text-xl font-bold">
            Cancel
          </h2>
          <div className="mt-2">
            <CancelReturnForm proof={cancelProof} />
          </div>
        </section>
      )}
    </div>
  );
}
