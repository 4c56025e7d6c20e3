'use client';

import { useActionState } from 'react';
import { DataTable, type Column } from '@/components/staff/data-table';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action-result';
import { formatDateTime } from '@/lib/dates';
import { retryJobAction } from '@/lib/jobs/admin-actions';
import type { FailedJob } from '@/lib/jobs/admin-queries';
import { RetryJobForm } from './retry-job-form';

interface FailedJobsTableProps {
  id: string;
  title: string;
  jobs: FailedJob[];
  total: number;
  empty: string;
  /** Admins get a retry button on each row. */
  canRetry: boolean;
}

/**
 * Failed jobs with what the last attempt threw; a retrying job also says when the queue tries again. A client island
 * only so the outcome of a retry stays shown above the table once the retried job has left it.
 */
export function FailedJobsTable({ id, title, jobs, total, empty, canRetry }: FailedJobsTableProps) {
  const [result, retry] = useActionState(retryJobAction, { ok: true } as ActionResult);
  const columns: Column<FailedJob>[] = [
    { header: 'Job', cell: (j) => `${j.task} #${j.id}`, rowHeader: true, className: 'whitespace-nowrap font-mono text-sm' },
    { header: 'Attempts', cell: (j) => `${j.attempts} of ${j.maxAttempts}`, align: 'end', className: 'whitespace-nowrap' },
    { header: 'Failed', cell: (j) => formatDateTime(j.failedAt), className: 'whitespace-nowrap' },
    ...(jobs.some((j) => !j.permanent)
      ? [{ header: 'Next attempt', cell: (j: FailedJob) => formatDateTime(j.runAt), className: 'whitespace-nowrap' }]
      : []),
    {
      header: 'Last error',
      cell: (j) => <pre className="max-h-40 overflow-auto text-sm break-words whitespace-pre-wrap">{j.lastError}</pre>,
      className: 'min-w-64',
    },
    ...(canRetry ? [{ header: 'Retry', cell: (j: FailedJob) => <RetryJobForm id={j.id} task={j.task} action={retry} /> }] : []),
  ];
  return (
    <div className="flex flex-col gap-3">
      <FormMessage result={result} />
      <DataTable
        caption={title}
        columns={columns}
        rows={jobs}
        rowKey={(j) => j.id}
        section={{ id, title: `${title} (${total})` }}
        empty={
          <section aria-labelledby={id} className="rounded-2xl border border-line bg-white p-4">
            <h2 id={id} className="text-xl font-bold">
              {title}
            </h2>
            <p className="mt-2 text-ink-soft">{empty}</p>
          </section>
        }
      >
        {total > jobs.length && (
          <p className="p-4 text-sm text-ink-soft">
            Showing the {jobs.length} most recent of {total}.
          </p>
        )}
      </DataTable>
    </div>
  );
}
