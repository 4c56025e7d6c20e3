'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { retryJobAction } from '@/lib/jobs/admin-actions';

/** Admins send a failed job back to the queue, due now; the page then shows it queued. */
export function RetryJobForm({ id, task }: { id: string; task: string }) {
  const [result, action] = useActionState(retryJobAction, { ok: true } as ActionResult);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <FormMessage result={result} />
      <SubmitButton
        variant="secondary"
        className="min-h-9 self-start px-4 py-1 text-sm"
        pendingLabel="Retrying…"
        aria-label={`Retry job ${id} (${task})`}
      >
        Retry now
      </SubmitButton>
    </form>
  );
}
