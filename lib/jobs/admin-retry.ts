import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { reopenFailedEmail, SEND_EMAIL_TASK } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';

/**
 * Staff retry of a failed job (/admin/jobs): due now, with its attempts reset, so a job that used them all runs
 * again and gets the library's full back-off if it fails again. Only a failed job that no worker holds can be retried;
 * a job that has not failed yet, or is running, is the queue's own business. An e-mail's job that used all its
 * attempts finds its message given up (FAILED): the message is reopened with it, so the retry really sends.
 */
export async function retryFailedJob(jobId: string, options: { now?: Date } = {}, client: DbOrTx = db): Promise<{ task: string }> {
  const now = options.now ?? new Date();
  return inTransaction(client, async (tx) => {
    const retried = await rescheduleFailed(jobId, now, tx);
    if (retried.task === SEND_EMAIL_TASK && typeof retried.payload?.messageId === 'string') {
      await reopenFailedEmail(retried.payload.messageId, tx);
    }
    return { task: retried.task };
  });
}

async function rescheduleFailed(jobId: string, now: Date, client: DbOrTx) {
  const rows = await client.$queryRaw<{ task: string; payload: { messageId?: unknown } | null }[]>`
    WITH failed AS (
      -- The public view leaves the payload out; the e-mail's message id is in it.
      SELECT jobs.id, jobs.task_identifier, private.payload
        FROM graphile_worker.jobs JOIN graphile_worker._private_jobs private USING (id)
       WHERE jobs.id = ${BigInt(jobId)} AND jobs.last_error IS NOT NULL AND jobs.attempts > 0
    ), rescheduled AS (
      SELECT id FROM graphile_worker.reschedule_jobs(ARRAY(SELECT id FROM failed), run_at => ${now}::timestamptz, attempts => 0)
    )
    SELECT failed.task_identifier AS task, failed.payload FROM failed JOIN rescheduled USING (id)`;
  const [retried] = rows;
  if (!retried) throw new AppError('CONFLICT', 'That job is no longer waiting for a retry: it has run, is running, or was removed.');
  return retried;
}
