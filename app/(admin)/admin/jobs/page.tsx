import { AdminPageHeader } from '@/components/admin/page-header';
import { requireStaffPage } from '@/lib/auth/guards';
import { listJobHeartbeats, STALE_INTERVALS } from '@/lib/jobs/admin-heartbeats';
import { jobQueueInstalled, listFailedJobs, queueDepth } from '@/lib/jobs/admin-queries';
import { FailedJobsTable } from './_components/failed-jobs-table';
import { HeartbeatTable } from './_components/heartbeat-table';
import { QueueDepthSummary } from './_components/queue-depth';
import { scheduledJobs } from '@/lib/jobs/schedule';

export const metadata = { title: 'Jobs' };

/** The job queue for staff: what failed and why, how much is waiting, and whether each scheduled job still runs. */
export default async function JobsPage() {
  const viewer = await requireStaffPage('/admin/jobs');
  const now = new Date();
  const beats = await listJobHeartbeats(scheduledJobs(), now);
  const installed = await jobQueueInstalled();
  const [failed, depth] = installed ? await Promise.all([listFailedJobs(), queueDepth(now)]) : [null, null];
  const canRetry = viewer.role === 'ADMIN';
  return (
    <>
      <AdminPageHeader title="Jobs">
        Background work runs in the PostgreSQL job queue: payments, e-mail and the scheduled sweeps. A failed job is retried by the queue
        with growing pauses; one that used all its attempts waits here.{' '}
        {canRetry ? 'Retry it once its cause is fixed.' : 'An admin can retry it.'}
      </AdminPageHeader>
      <div className="flex flex-col gap-6">
        {failed && depth ? (
          <>
            <QueueDepthSummary depth={depth} />
            <FailedJobsTable
              id="failed-jobs"
              title="Failed for good"
              jobs={failed.permanent}
              total={failed.permanentTotal}
              empty="No job has used all its attempts."
              canRetry={canRetry}
            />
            <FailedJobsTable
              id="retrying-jobs"
              title="Failed, retrying"
              jobs={failed.retrying}
              total={failed.retryingTotal}
              empty="No job is waiting to be retried."
              canRetry={canRetry}
            />
          </>
        ) : (
          <p role="status" className="rounded-2xl border border-line bg-white p-4">
            The job queue is not installed in this database yet: it is set up when the app or `npm run worker` starts.
          </p>
        )}
        <HeartbeatTable beats={beats} />
        <p className="text-sm text-ink-soft">
          A scheduled job is marked “Not running” when its last run started more than {STALE_INTERVALS} intervals ago.
        </p>
      </div>
    </>
  );
}
