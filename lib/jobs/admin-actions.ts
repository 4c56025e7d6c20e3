'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { staffAction } from '@/lib/actions/staff-action';
import { log } from '@/lib/observability/log';
import { retryFailedJob } from './admin-retry';

const retryJobSchema = z.object({ id: z.string().regex(/^\d{1,18}$/, 'Choose a job from the list.') });

/**
 * Admins only, like the other operational steps (releasing a hold, return settings): a retried job re-runs its
 * work at once (a payment's fulfilment, an e-mail), so support agents see failed jobs but leave retrying to an admin.
 */
export const retryJobAction = staffAction('admin', { schema: retryJobSchema, fields: ['id'] }, async ({ id }, { actor }) => {
  const { task } = await retryFailedJob(id);
  log.info({ jobId: id, task, actor: actor.email }, 'failed job retried by staff');
  revalidatePath('/admin/jobs');
  return { ok: true, message: `Job ${id} (${task}) is queued to run again now.` };
});
