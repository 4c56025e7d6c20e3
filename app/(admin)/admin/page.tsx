import Link from 'next/link';
import { AdminPageHeader } from '@/components/admin/page-header';
import { SupportCharts } from '@/components/admin/support-charts';
import { requireStaffPage } from '@/lib/auth/guards';
import { getOutboxSummary } from '@/lib/email/queries';
import { formatDate } from '@/lib/dates';
import { env } from '@/lib/env';
import { getSupportMetrics } from '@/lib/support/metrics';

export const metadata = { title: 'Overview' };

export default async function AdminHomePage() {
  await requireStaffPage('/admin');
  const [outbox, support] = await Promise.all([
    getOutboxSummary(),
    getSupportMetrics({ firstResponseHours: env().SUPPORT_FIRST_RESPONSE_HOURS }),
  ]);
  const stats = [
    { label: 'E-mails waiting to send', value: outbox.pending },
    { label: 'E-mails that failed', value: outbox.failed, alert: outbox.failed > 0 },
    { label: 'E-mails sent in the last 24 hours', value: outbox.sentLastDay },
  ];
  return (
    <>
      <AdminPageHeader title="Overview">Today in the store.</AdminPageHeader>
      <section aria-labelledby="email-health">
        <h2 id="email-health" className="text-xl font-bold">
          E-mail delivery
        </h2>
        <dl className="mt-3 grid gap-4 sm:grid-cols-3">
          {stats.map((stat) => (
            <div key={stat.label} className={`rounded-2xl border bg-white p-5 ${stat.alert ? 'border-accent' : 'border-line'}`}>
              <dt className="text-sm text-ink-soft">{stat.label}</dt>
              <dd className="mt-1 text-3xl font-bold">{stat.value}</dd>
            </div>
          ))}
        </dl>
        {outbox.oldestPendingAt && <p className="mt-3 text-sm text-ink-soft">Oldest waiting since {formatDate(outbox.oldestPendingAt)}.</p>}
      </section>
      <SupportCharts metrics={support} />
      <p className="mt-8">
        <Link href="/admin/staff">Manage staff</Link>
      </p>
    </>
  );
}
