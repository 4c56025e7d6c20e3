import 'server-only';
import { db, type DbOrTx } from '@/lib/db';

/** Each scheduled job's last run (the JobHeartbeat table), and whether it looks stopped, for /admin/jobs. */

export interface ScheduledJob {
  name: string;
  everyMs: number;
}

/** ok: ran within its interval; failing: its last run threw; not-running: no run for STALE_INTERVALS intervals; never-run: no run recorded. */
export type HeartbeatState = 'ok' | 'failing' | 'not-running' | 'never-run';

export interface JobHeartbeatRow {
  name: string;
  /** Null for a job that recorded runs but is no longer scheduled (renamed or removed). */
  everyMs: number | null;
  runs: number;
  lastStartedAt: Date | null;
  lastFinishedAt: Date | null;
  lastError: string | null;
  state: HeartbeatState;
}

/** A job is flagged as not running when its last start is older than this many of its intervals. */
export const STALE_INTERVALS = 3;

export function heartbeatState(
  beat: { lastStartedAt: Date | null; lastError: string | null } | undefined,
  everyMs: number | null,
  now: Date,
): HeartbeatState {
  if (!beat?.lastStartedAt) return 'never-run';
  if (everyMs !== null && now.getTime() - beat.lastStartedAt.getTime() > STALE_INTERVALS * everyMs) return 'not-running';
  return beat.lastError ? 'failing' : 'ok';
}

/** Every scheduled job, in schedule order, then any other job that left a heartbeat. */
export async function listJobHeartbeats(schedule: readonly ScheduledJob[], now: Date, client: DbOrTx = db): Promise<JobHeartbeatRow[]> {
  const beats = await client.jobHeartbeat.findMany({
    select: { name: true, runs: true, lastStartedAt: true, lastFinishedAt: true, lastError: true },
    orderBy: { name: 'asc' },
  });
  const byName = new Map(beats.map((beat) => [beat.name, beat]));
  const scheduled = schedule.map(({ name, everyMs }) => {
    const beat = byName.get(name);
    const facts = beat ?? { runs: 0, lastStartedAt: null, lastFinishedAt: null, lastError: null };
    return { ...facts, name, everyMs, state: heartbeatState(beat, everyMs, now) };
  });
  const known = new Set(schedule.map((job) => job.name));
  const others = beats
    .filter((beat) => !known.has(beat.name))
    .map((beat) => ({ ...beat, everyMs: null, state: heartbeatState(beat, null, now) }));
  return [...scheduled, ...others];
}
