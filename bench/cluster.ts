/**
 * Product-page throughput through the load balancer: Caddy with the project's Caddyfile in front of two `next start`
 * instances sharing one Redis page cache (REDIS_URL), against the same Caddy sending every request to one of them.
 * Both figures pass through the same proxy, so the ratio is what a second instance adds. On a 2-core machine both
 * instances and the load generator share the cores: expect little gain there.
 */
import path from 'node:path';
import autocannon from 'autocannon';
import {
  prepareInstanceDir,
  startCaddy,
  startLogged,
  startRedis,
  waitForHealthy,
  waitForPort,
  type Managed,
} from '../scripts/cluster-processes';
import { APP_DIR, APP_PORT } from './infra';
import { log, perSecond, ratio, ms, type Report } from './report';

const SECTION = 'Cluster (Caddy, 2 instances vs 1)';
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const WARM_S = 3;
const PATH = '/products/ql-claw';
/** Next to the bench app's port: two instances, Redis, Caddy's two sites and its admin endpoint. */
const PORTS = {
  one: APP_PORT + 1,
  two: APP_PORT + 2,
  redis: APP_PORT + 3,
  balancer: APP_PORT + 4,
  pinned: APP_PORT + 5,
  admin: APP_PORT + 6,
};
const PIN_HEADER = 'x-bench-instance';

async function run(url: string, headers: Record<string, string> = {}) {
  await autocannon({ url, connections: CONNECTIONS, duration: WARM_S, headers });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  return { rps: result.requests.average, p97_5: result.latency.p97_5, bad: result.non2xx + result.errors + result.timeouts };
}

/** Starts what it measures (and stops it, also on failure); `env` is the bench app's environment. */
export async function measureCluster(env: NodeJS.ProcessEnv, report: Report): Promise<void> {
  const root = path.resolve('.data/bench-cluster');
  const logDir = path.join(root, 'logs');
  const started: Managed[] = [];
  try {
    const redis = startRedis(PORTS.redis, logDir);
    started.push(redis);
    await waitForPort(PORTS.redis, redis);
    const instanceEnv = { ...env, OUTBOX_WORKER: 'off', REDIS_URL: `redis://127.0.0.1:${PORTS.redis}` };
    const next = path.join(APP_DIR, 'node_modules/.bin/next');
    const instances = (['one', 'two'] as const).map((name) =>
      startLogged(`instance-${name}`, next, ['start', '--port', String(PORTS[name]), '--hostname', '127.0.0.1'], {
        cwd: prepareInstanceDir(APP_DIR, path.join(root, `instance-${name}`)),
        env: instanceEnv,
        logDir,
      }),
    );
    started.push(...instances);
    await Promise.all(instances.map((instance, i) => waitForHealthy(`http://127.0.0.1:${i ? PORTS.two : PORTS.one}/api/health`, instance)));
    const caddy = startCaddy({
      projectDir: APP_DIR,
      workDir: path.join(root, 'caddy'),
      logDir,
      siteAddress: `http://:${PORTS.balancer}`,
      upstreams: [`127.0.0.1:${PORTS.one}`, `127.0.0.1:${PORTS.two}`],
      adminPort: PORTS.admin,
      pinned: { address: `http://:${PORTS.pinned}`, header: PIN_HEADER, instances: { one: `127.0.0.1:${PORTS.one}` } },
    });
    started.push(caddy);
    await waitForHealthy(`http://localhost:${PORTS.balancer}/api/health`, caddy, 20_000);

    log(`through Caddy: ${PATH} on one instance, on two, on one again (${DURATION_S} s each at ${CONNECTIONS} connections)`);
    const pinned = () => run(`http://localhost:${PORTS.pinned}${PATH}`, { [PIN_HEADER]: 'one' });
    const before = await pinned();
    const two = await run(`http://localhost:${PORTS.balancer}${PATH}`);
    // One instance again: the mean of both runs compares with two, and their gap shows the machine's drift.
    const after = await pinned();
    const one = { rps: (before.rps + after.rps) / 2, p97_5: Math.max(before.p97_5, after.p97_5), bad: before.bad + after.bad };
    report.set('cluster', { connections: CONNECTIONS, durationSeconds: DURATION_S, before, two, after });
    report.info(
      SECTION,
      'product page, 1 instance behind Caddy',
      `${perSecond(one.rps)}, p97.5 ${ms(one.p97_5)}`,
      `mean of runs before (${perSecond(before.rps)}) and after (${perSecond(after.rps)}) the two-instance run`,
    );
    report.info(SECTION, 'product page, 2 instances behind Caddy', `${perSecond(two.rps)}, p97.5 ${ms(two.p97_5)}`);
    report.info(
      SECTION,
      'two instances against one',
      ratio(two.rps / one.rps),
      `shared Redis page cache; ${one.bad + two.bad} failed responses; logs in ${logDir}`,
    );
  } finally {
    await Promise.all(started.reverse().map((managed) => managed.stop()));
  }
}
