import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card, Fact, Facts, When } from '@/components/admin/detail-card';
import { RefundAttempts, ReturnHistory, ReturnItemsTable, ReturnRequestCard } from '@/components/admin/return-detail-sections';
import { ReturnNextStep, type NextStep } from '@/components/admin/return-next-step';
import { ReturnStatusBadge } from '@/components/admin/return-status-badge';
import { Price } from '@/components/catalog/price';
import { StaffRevokeLinks } from '@/components/links/staff-revoke-links';
import { DetailHeader } from '@/components/staff/detail-header';
import { requireStaffPage } from '@/lib/auth/guards';
import { formatDate } from '@/lib/dates';
import { formatMoney } from '@/lib/money';
import { getReturnForStaff, type ReturnDetailDto } from '@/lib/returns/admin-detail-queries';
import { formatReturnNumber, parseReturnNumber } from '@/lib/returns/format';
import { revokeReturnLinksAction } from '@/lib/returns/link-admin-actions';
import { getReturnSettings } from '@/lib/returns/settings-store';

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const number = parseReturnNumber((await params).number);
  return { title: number ? `Return ${formatReturnNumber(number)}` : 'Return' };
}

function nextStepOf(ret: ReturnDetailDto): NextStep {
  const plan = ret.refund;
  return {
    review: ret.status === 'REQUESTED',
    receive: ret.status === 'APPROVED',
    refund: ret.order.disputed
      ? null
      : plan.kind === 'ready'
        ? { amount: formatMoney(plan.amount), retry: plan.retry, resume: false }
        : plan.kind === 'pending'
          ? { amount: formatMoney(plan.amount), retry: false, resume: true }
          : null,
  };
}

export default async function AdminReturnPage({ params }: Props) {
  const number = parseReturnNumber((await params).number);
  await requireStaffPage(number ? `/admin/returns/${formatReturnNumber(number)}` : '/admin/returns');
  const ret = number ? await getReturnForStaff(number, await getReturnSettings()) : null;
  if (!ret) notFound();
  return (
    <>
      <DetailHeader back={{ href: '/admin/returns', label: 'All returns' }} title={`Return ${ret.number}`}>
        <ReturnStatusBadge status={ret.status} />
        <span>
          Requested <When at={ret.dates.requested} /> by <span className="break-all">{ret.email}</span>
        </span>
      </DetailHeader>
      {ret.order.disputed && (
        <p className="mb-6 rounded-2xl border border-accent bg-accent-light p-4 font-medium text-accent">
          <strong>Payment disputed.</strong> The payment for order {ret.order.number} is disputed with the card issuer. No refund can be
          made until an admin clears the dispute flag on{' '}
          <Link href={`/admin/orders/${ret.order.number}`} className="text-accent">
            the order page
          </Link>
          .
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <ReturnRequestCard ret={ret} />
          <ReturnItemsTable items={ret.items} />
          <RefundAttempts refunds={ret.refunds} />
          <ReturnHistory events={ret.events} />
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          <Card id="next-step" title="Next step">
            {ret.refund.kind === 'blocked' && !ret.order.disputed && (
              <p className="mb-4 rounded-lg bg-accent-light px-4 py-3 text-accent">{ret.refund.why}</p>
            )}
            <ReturnNextStep number={ret.number} step={nextStepOf(ret)} />
          </Card>
          <Card id="order" title="Order">
            <Facts>
              <Fact label="Number">
                <Link href={`/admin/orders/${ret.order.number}`}>{ret.order.number}</Link>
              </Fact>
              <Fact label="Paid">
                <Price money={ret.order.total} />
              </Fact>
              <Fact label="Delivered">
                {ret.order.deliveredAt ? (
                  <time dateTime={ret.order.deliveredAt.toISOString()}>{formatDate(ret.order.deliveredAt)}</time>
                ) : (
                  <span className="text-ink-soft">No date recorded</span>
                )}
              </Fact>
              {ret.order.disputed && (
                <Fact label="Payment">
                  <strong className="text-accent">Disputed</strong>
                </Fact>
              )}
            </Facts>
          </Card>
          <Card id="dates" title="Dates">
            <Facts>
              <Fact label="Requested">
                <When at={ret.dates.requested} />
              </Fact>
              <Fact label="Approved">
                <When at={ret.dates.approved} />
              </Fact>
              {ret.status === 'APPROVED' && (
                <Fact label="Item due by">
                  <When at={ret.dates.expires} />
                </Fact>
              )}
              <Fact label="Received">
                <When at={ret.dates.received} />
              </Fact>
              <Fact label="Refunded">
                <When at={ret.dates.refunded} />
              </Fact>
              {ret.dates.closed && ret.status !== 'REFUNDED' && (
                <Fact label="Closed">
                  <When at={ret.dates.closed} />
                </Fact>
              )}
            </Facts>
          </Card>
          <StaffRevokeLinks action={revokeReturnLinksAction} number={ret.number} what="this return" />
        </div>
      </div>
    </>
  );
}
