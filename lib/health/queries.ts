import 'server-only';
import { db, type DbOrTx } from '@/lib/db';

export interface HealthReport {
  status: 'ok' | 'unhealthy';
  checks: { database: { ok: boolean; latencyMs: number; error?: string } };
}

/** Asks PostgreSQL a trivial question, giving up after `timeoutMs`. */
export async function checkHealth(options: { timeoutMs?: number } = {}, client: DbOrTx = db): Promise<HealthReport> {
  const timeoutMs = options.timeoutMs ?? 3_000;
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'ok', checks: { database: { ok: true, latencyMs: elapsed(started) } } };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n').find((l) => l.trim()) ?? error.name) : String(error);
    return {
      status: 'unhealthy',
      checks: { database: { ok: false, latencyMs: elapsed(started), error: `database unreachable: ${reason.trim()}` } },
    };
  } finally {
    clearTimeout(timer);
  }
}

function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}
