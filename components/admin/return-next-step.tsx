'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextAreaField } from '@/components/ui/text-area-field';
import type { ActionResult } from '@/lib/action-result';
import { approveReturnAction, markReceivedAction, refundReturnAction, rejectReturnAction } from '@/lib/returns/admin-actions';

/** What staff can do next on a return, worked out on the server from its status and the policy. */
export interface NextStep {
  review: boolean;
  receive: boolean;
  /** `amount` is formatted ("$49.00"); `retry` after a failed attempt, `resume` for one still pending. */
  refund: { amount: string; retry: boolean; resume: boolean } | null;
}

const idle: ActionResult = { ok: true };

/**
 * The return's action forms in one island, so a success message stays on
 * screen after the page re-renders with the next step's form instead.
 * Each form posts to its server action, so it works before JavaScript loads.
 */
export function ReturnNextStep({ number, step }: { number: string; step: NextStep }) {
  const [approved, approve, approving] = useActionState(approveReturnAction, idle);
  const [rejected, reject, rejecting] = useActionState(rejectReturnAction, idle);
  const [received, receive] = useActionState(markReceivedAction, idle);
  const [refunded, refund] = useActionState(refundReturnAction, idle);
  const done = [approved, rejected, received, refunded].filter((r) => r.ok && r.message);
  const nothing = !step.review && !step.receive && !step.refund;
  return (
    <div className="flex flex-col gap-6">
      {done.map((r) => (
        <FormMessage key={r.message} result={r} />
      ))}
      {nothing && done.length === 0 && <p className="text-ink-soft">Nothing to do: this return is closed or waiting on the customer.</p>}

      {step.review && (
        <>
          <form action={approve} className="flex flex-col gap-3">
            <input type="hidden" name="number" value={number} />
            {!approved.ok && <FormMessage result={approved} />}
            <p>Approving e-mails the customer how to send the item back.</p>
            <SubmitButton disabled={rejecting} pendingLabel="Approving…" className="self-start">
              Approve return
            </SubmitButton>
          </form>
          <form action={reject} className="flex flex-col gap-3 border-t border-line pt-6" noValidate>
            <input type="hidden" name="number" value={number} />
            {!rejected.ok && <FormMessage result={rejected} />}
            <TextAreaField
              id="reject-reason"
              name="reason"
              label="Reason for rejecting"
              hint="Required. The customer reads it in the e-mail."
              rows={3}
              required
              maxLength={500}
              defaultValue={rejected.ok ? '' : rejected.values?.reason}
              errors={rejected.fieldErrors?.reason}
            />
            <SubmitButton variant="danger" disabled={approving} pendingLabel="Rejecting…" className="self-start">
              Reject return
            </SubmitButton>
          </form>
        </>
      )}

      {step.receive && (
        <form action={receive} className="flex flex-col gap-3" noValidate>
          <input type="hidden" name="number" value={number} />
          {!received.ok && <FormMessage result={received} />}
          <TextAreaField
            id="receive-notes"
            name="conditionNotes"
            label="Condition notes"
            hint="What came back and in what state, for the history."
            rows={3}
            maxLength={1000}
            defaultValue={received.ok ? '' : received.values?.conditionNotes}
            errors={received.fieldErrors?.conditionNotes}
          />
          <label className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              name="sellable"
              defaultChecked={!received.ok && received.values?.sellable === 'on'}
              className="size-5 accent-teal"
            />
            Sellable: put the units back in stock
          </label>
          <SubmitButton pendingLabel="Saving…" className="self-start">
            Mark received
          </SubmitButton>
        </form>
      )}

      {step.refund && (
        <form action={refund} className={`flex flex-col gap-3 ${step.receive ? 'border-t border-line pt-6' : ''}`}>
          <input type="hidden" name="number" value={number} />
          {!refunded.ok && <FormMessage result={refunded} />}
          <p>
            {step.refund.resume ? 'A refund of ' : 'This pays back '}
            <strong>{step.refund.amount}</strong>
            {step.refund.resume
              ? ' was started and has not completed: resuming asks the provider again, without paying twice.'
              : ' to the card the order was paid with.'}
          </p>
          <SubmitButton pendingLabel="Refunding…" className="self-start">
            {step.refund.resume
              ? 'Resume refund'
              : step.refund.retry
                ? `Retry refund of ${step.refund.amount}`
                : `Refund ${step.refund.amount}`}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
