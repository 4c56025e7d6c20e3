import type { ReactNode } from 'react';
import { formatDate } from '@/lib/dates';
import { formatMoney } from '@/lib/money';
import type { ReturnDetailDto } from '@/lib/returns/queries';

interface Step {
  label: string;
  at: Date | null;
  detail?: ReactNode;
}

/**
 * Requested → approved (or rejected, with the reason) → item received →
 * refunded. A cancelled or expired return ends where it stopped.
 */
function stepsOf(ret: ReturnDetailDto): Step[] {
  const requested: Step = { label: 'Requested', at: ret.createdAt };
  if (ret.status === 'REJECTED') {
    return [requested, { label: 'Not approved', at: ret.closedAt, detail: ret.rejectionReason }];
  }
  const approved: Step = {
    label: 'Approved',
    at: ret.approvedAt,
    detail: ret.status === 'APPROVED' && ret.expiresAt ? `Please send the item so that it reaches us by ${formatDate(ret.expiresAt)}.` : undefined,
  };
  const received: Step = { label: 'Item received', at: ret.receivedAt };
  const refunded: Step = {
    label: 'Refunded',
    at: ret.refundedAt,
    detail: ret.refunded ? `${formatMoney(ret.refunded)} back to your original payment method. Banks usually take 5 to 10 days to show it.` : undefined,
  };
  if (ret.status === 'CANCELLED' || ret.status === 'EXPIRED') {
    const reached = [approved, received].filter((step) => step.at);
    const end: Step = ret.status === 'CANCELLED'
      ? { label: 'Cancelled', at: ret.closedAt, detail: 'You withdrew this return.' }
      : { label: 'Expired', at: ret.closedAt, detail: 'The item did not reach us in time, so this return closed.' };
    return [requested, ...reached, end];
  }
  return [requested, approved, received, refunded];
}

export function ReturnTimeline({ ret }: { ret: ReturnDetailDto }) {
  const steps = stepsOf(ret);
  const current = steps.findLastIndex((step) => step.at);
  return (
    <ol className="mt-3 flex flex-col gap-3" aria-label="Return progress">
      {steps.map((step, i) => (
        <li key={step.label} className="flex gap-3" aria-current={i === current ? 'step' : undefined}>
          <span aria-hidden="true" className={`mt-1.5 h-3 w-3 shrink-0 rounded-full ${step.at ? 'bg-teal' : 'border-2 border-line bg-white'}`} />
          <div>
            <p className={step.at ? 'font-semibold' : 'text-ink-soft'}>
              {step.label}
              {step.at ? <span className="font-normal text-ink-soft"> · {formatDate(step.at)}</span> : <span className="sr-only"> (not yet)</span>}
            </p>
            {step.detail && <p className="text-sm">{step.detail}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
