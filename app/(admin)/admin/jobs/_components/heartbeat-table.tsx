import { DataTable, type Column } from '@/components/staff/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatDateTime } from '@/lib/dates';
import type { JobHeartbeatRow } from '@/lib/jobs/admin-heartbeats';
import { formatInterval, HEARTBEAT_LOOKS } from '@/lib/jobs/admin-labels';

const when = (date: Date | null) => (date ? formatDateTime(date) : '–');

const columns: Column<JobHeartbeatRow>[] = [
  { header: 'Scheduled job', cell: (b) => b.name, rowHeader: true, className: 'whitespace-nowrap font-mono text-sm' },
  {
    header: 'State',
    cell: (b) => <StatusBadge tone={HEARTBEAT_LOOKS[b.state].tone}>{HEARTBEAT_LOOKS[b.state].label}</StatusBadge>,
    className: 'whitespace-nowrap',
  },
  { header: 'Interval', cell: (b) => formatInterval(b.everyMs), className: 'whitespace-nowrap' },
  { header: 'Runs', cell: (b) => b.runs.toLocaleString('en-US'), align: 'end' },
  { header: 'Last started', cell: (b) => when(b.lastStartedAt), className: 'whitespace-nowrap' },
  { header: 'Last finished', cell: (b) => when(b.lastFinishedAt), className: 'whitespace-nowrap' },
  { header: 'Last error', cell: (b) => b.lastError ?? '–', className: 'break-words text-sm' },
];

/** Each scheduled job's last run, from the heartbeat every run records: a stopped sweep shows as "Not running". */
export function HeartbeatTable({ beats }: { beats: JobHeartbeatRow[] }) {
  return (
    <DataTable
      caption="Scheduled jobs"
      columns={columns}
      rows={beats}
      rowKey={(b) => b.name}
      section={{ id: 'scheduled-jobs', title: 'Scheduled jobs' }}
      rowClassName={(b) => (b.state === 'not-running' ? 'bg-accent-light' : undefined)}
    />
  );
}
