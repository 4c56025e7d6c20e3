import { ProgressSteps, type ProgressStep } from '@/components/ui/progress-steps';
import { formatDate } from '@/lib/dates';
import { formatMoney } from '@/lib/money';
import type { ReturnDetailDto } from '@/lib/returns/queries';

type Step = ProgressStep;

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
    detail:
      ret.status === 'APPROVED' && ret.expiresAt
        ? `Please send the item so that it reaches us by ${formatDate(ret.expiresAt)}.`
        : undefined,
  };
  const received: Step = { label: 'Item received', at: ret.receivedAt };
  const refunded: Step = {
    label: 'Refunded',
    at: ret.refundedAt,
    detail: ret.refunded
      ? `${formatMoney(ret.refunded)} back to your original payment method. Banks usually take 5 to 10 days to show it.`
      : undefined,
  };
  if (ret.status === 'CANCELLED' || ret.status === 'EXPIRED') {
    const reached = [approved, received].filter((step) => step.at);
    const end: Step =
      ret.status === 'CANCELLED'
        ? { label: 'Cancelled', at: ret.closedAt, detail: 'You withdrew this return.' }
        : { label: 'Expired', at: ret.closedAt, detail: 'The item did not reach us in time, so this return closed.' };
    return [requested, ...reached, end];
  }
  return [requested, approved, received, refunded];
}

export function ReturnTimeline({ ret }: { ret: ReturnDetailDto }) {
  return <ProgressSteps label="Return progress" steps={stepsOf(ret)} />;
}
