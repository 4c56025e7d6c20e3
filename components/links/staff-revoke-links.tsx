import { Card } from '@/components/admin/detail-card';
import type { ActionResult } from '@/lib/action-result';
import { RenewLinkForm } from './renew-link-form';

/** The staff side of revocable links: one card on the order, return and ticket pages. */
export function StaffRevokeLinks({
  action,
  number,
  what,
}: {
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  number: string;
  /** What the customer's links open, e.g. "this order and its returns". */
  what: string;
}) {
  return (
    <Card id="customer-links" title="Customer links">
      <RenewLinkForm
        action={action}
        proof={{ name: 'number', value: number }}
        intro={`Every link the customer was sent to ${what} stops working, and a fresh one goes to the address on record. Use it when a link was forwarded or leaked.`}
        label="Revoke customer links and e-mail a fresh one"
      />
    </Card>
  );
}
