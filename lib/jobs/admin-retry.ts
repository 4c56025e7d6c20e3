import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Staff retry of a failed job (/admin/jobs): due now, with its attempts reset, so a job that used them all runs
 * again and gets the library's full back-off if it fails again. Only a failed job that no worker holds can be retried;
 * a job that has not failed yet, or is running, is the queue's own business.
 */
export async function retryFailedJob(jobId: string, options: { now?: Date } = {}, client: DbOrTx = db): Promise<{ task: string }> {
  const now = options.now ?? new Date();
  const rows = await client.$queryRaw<{ task: string }[]>`
    WITH failed AS (
      SELECT id, task_identifier FROM graphile_worker.jobs
       WHERE id = ${BigInt(jobId)} AND last_error IS NOT NULL AND attempts > 0
    ), rescheduled AS (
      SELECT id FROM graphile_worker.reschedule_jobs(ARRAY(SELECT id FROM failed), run_at => ${now}::timestamptz, attempts => 0)
    )
    SELECT failed.task_identifier AS task FROM failed JOIN rescheduled USING (id)`;
  const [retried] = rows;
  if (!retried) throw new AppError('CONFLICT', 'That job is no longer waiting for a retry: it has run, is running, or was removed.');
  return retried;
}
