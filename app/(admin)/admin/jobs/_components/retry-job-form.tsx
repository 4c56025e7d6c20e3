'use client';

import { SubmitButton } from '@/components/ui/submit-button';

/** One failed job's retry button; the table around it holds the action's state, so its message outlives the row. */
export function RetryJobForm({ id, task, action }: { id: string; task: string; action: (data: FormData) => void }) {
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary" className="min-h-9 px-4 py-1 text-sm" pendingLabel="Retrying…">
        Retry now
        <span className="sr-only">
          {' '}
          job {id} ({task})
        </span>
      </SubmitButton>
    </form>
  );
}
