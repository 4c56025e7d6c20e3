import { randomBytes } from 'node:crypto';
import { Logger, runMigrations } from 'graphile-worker';
import { signInAs } from './support/auth';
import { E2E_DATABASE_URL } from './support/config';
import { sql } from './support/db';
import { expect, test } from './support/fixtures';

/**
 * A job that used all its attempts, for a task no worker knows (so nothing runs it behind the test's back).
 * Installing the queue here is a stand-in until the server's own migrations install it.
 */
async function arrangeFailedJob(): Promise<{ id: string; task: string; error: string }> {
  await runMigrations({ connectionString: E2E_DATABASE_URL, logger: new Logger(() => () => {}) });
  const task = `e2e-failed-${randomBytes(4).toString('hex')}`;
  const error = `Error: the provider answered 503 for ${task}`;
  const [job] = await sql<{ id: string }>(`SELECT id::text FROM graphile_worker.add_job($1, '{}'::json, max_attempts => 2)`, [task]);
  await sql(`UPDATE graphile_worker._private_jobs SET attempts = 2, last_error = $2, updated_at = now() WHERE id = $1`, [job!.id, error]);
  return { id: job!.id, task, error };
}

test('an admin sees a job that failed for good with its error, and retries it', async ({ page, context }) => {
  const job = await arrangeFailedJob();
  await signInAs(context, 'ADMIN');
  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Staff area' }).getByRole('link', { name: 'Jobs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jobs' })).toBeVisible();

  const failed = page.getByRole('region', { name: /^Failed for good/ });
  const row = failed.getByRole('row', { name: new RegExp(`${job.task} #${job.id}`) });
  await expect(row).toContainText(job.error);
  await expect(row).toContainText('2 of 2');
  await expect(page.getByRole('region', { name: 'Queue' })).toContainText('Failed for good');
  await expect(page.getByRole('region', { name: 'Scheduled jobs' })).toBeVisible();

  await row.getByRole('button', { name: `Retry now job ${job.id} (${job.task})` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Job ${job.id} (${job.task}) is queued to run again now.` })).toBeVisible();
  const [after] = await sql<{ attempts: number; due: boolean }>(
    `SELECT attempts, run_at <= now() AS due FROM graphile_worker.jobs WHERE id = $1`,
    [job.id],
  );
  expect(after).toEqual({ attempts: 0, due: true });
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(`${job.task} #${job.id}`) })).toHaveCount(0);
});

test('a support agent sees failed jobs but has no retry button', async ({ page, context }) => {
  const job = await arrangeFailedJob();
  await signInAs(context, 'SUPPORT');
  await page.goto('/admin/jobs');
  const row = page.getByRole('row', { name: new RegExp(`${job.task} #${job.id}`) });
  await expect(row).toContainText(job.error);
  await expect(row.getByRole('button')).toHaveCount(0);
  await expect(page.getByText('An admin can retry it.')).toBeVisible();
});
