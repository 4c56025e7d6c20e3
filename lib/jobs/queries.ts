import 'server-only';
import { db, type DbOrTx } from '@/lib/db';

export interface JobHeartbeatDto {
  name: string;
  runs: number;
  lastStartedAt: Date | null;
  lastFinishedAt: Date | null;
  /** The last run's error, null when it went well. */
  lastError: string | null;
}

/** Every scheduled job that has run at least once, by name (lib/jobs/tasks.ts lists what should be here). */
export async function listJobHeartbeats(client: DbOrTx = db): Promise<JobHeartbeatDto[]> {
  return client.jobHeartbeat.findMany({
    orderBy: { name: 'asc' },
    select: { name: true, runs: true, lastStartedAt: true, lastFinishedAt: true, lastError: true },
  });
}
