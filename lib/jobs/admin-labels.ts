import type { StatusLook } from '@/components/ui/status-badge';
import type { HeartbeatState } from './admin-heartbeats';

/** What staff read on /admin/jobs. */
export const HEARTBEAT_LOOKS: Record<HeartbeatState, StatusLook> = {
  ok: { label: 'Running', tone: 'success' },
  failing: { label: 'Last run failed', tone: 'warning' },
  'not-running': { label: 'Not running', tone: 'danger' },
  'never-run': { label: 'No run recorded', tone: 'warning' },
};

/** "every 2 s", "every 10 min", "every 1 h". */
export function formatInterval(ms: number | null): string {
  if (ms === null) return 'not scheduled';
  if (ms < 60_000) return `every ${Math.round(ms / 1000)} s`;
  if (ms < 3_600_000) return `every ${Math.round(ms / 60_000)} min`;
  return `every ${Math.round(ms / 3_600_000)} h`;
}
