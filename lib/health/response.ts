import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { checkHealth } from './queries';

/**
 * What /api/health tells the public: up or down, nothing more. The database's
 * error text (host, port, user, driver message) goes only to the log.
 */
export async function healthResponse(client: DbOrTx = db): Promise<Response> {
  const report = await checkHealth({}, client);
  const { database } = report.checks;
  if (!database.ok) console.error(`[health] ${database.error ?? 'database unreachable'}`);
  return Response.json(
    { status: report.status, checks: { database: { ok: database.ok } } },
    { status: report.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
