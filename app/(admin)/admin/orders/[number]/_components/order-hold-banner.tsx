import { When } from '@/components/admin/detail-card';
import type { OrderHoldDto } from '@/lib/orders/holds';
import { ReleaseHoldForm } from './release-hold-form';

/** A held order: why, since when, and (for admins) the release after review. */
export function OrderHoldBanner({ number, hold, canRelease }: { number: string; hold: OrderHoldDto; canRelease: boolean }) {
  return (
    <section aria-labelledby="hold" className="mb-6 flex flex-col gap-3 rounded-2xl border border-accent bg-accent-light p-4 text-accent">
      <h2 id="hold" className="text-lg font-bold">
        On hold: do not ship
      </h2>
      <p>
        The payment does not match the order: {hold.reason}
        {hold.heldAt && (
          <>
            {' '}
            Held <When at={hold.heldAt} />.
          </>
        )}{' '}
        Check the payment with the provider.{' '}
        {canRelease ? 'Release the hold if it is right, or refund the customer.' : 'Ask an admin to review it.'}
      </p>
      {canRelease && <ReleaseHoldForm number={number} />}
    </section>
  );
}
