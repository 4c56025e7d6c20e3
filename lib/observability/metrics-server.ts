import 'server-only';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { log } from './log';
import { metricsResponse } from './metrics-endpoint';

/**
 * The worker's own /metrics: counters are kept per process, and what `npm run worker` counts (orders paid by a
 * fulfilment job, job runs, e-mails sent) is in its registry, not in any web instance's. Same token, same answers as
 * GET /api/metrics; on only when METRICS_PORT and METRICS_TOKEN are set (scripts/worker.ts calls it).
 */
export async function startMetricsServer(options: { port: number; token: string | undefined; host?: string }): Promise<Server> {
  const server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', 'http://worker');
    const headers = new Headers();
    if (incoming.headers.authorization) headers.set('authorization', incoming.headers.authorization);
    const answer =
      url.pathname === '/metrics' && incoming.method === 'GET'
        ? metricsResponse(new Request(url, { headers }), { token: options.token, now: new Date() })
        : Promise.resolve(new Response('Not found', { status: 404 }));
    answer
      .then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers)).end(await response.text());
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'metrics scrape failed');
        outgoing.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '0.0.0.0', resolve));
  log.info({ port: (server.address() as AddressInfo).port }, 'worker metrics at /metrics');
  return server;
}
