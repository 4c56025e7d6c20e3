/**
 * The many-instances store that tests/e2e/cluster.spec.ts runs against, started by Playwright after the e2e server
 * (whose `next build` and PostgreSQL server it reuses): its own database `qlclaw_cluster`, one redis-server, one S3
 * server (s3rver), two `next start` instances (OUTBOX_WORKER=off, each with its own copy of the build and its own
 * UPLOAD_DIR, as on two machines), two `npm run worker` processes, and Caddy in front with the project's Caddyfile.
 * Every process logs to .data/cluster/logs/<name>.log, kept after the run. SIGTERM stops it all.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createDb } from '../lib/db';
import { exitWhenIdle } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { seed } from '../prisma/seed';
import {
  CLUSTER_ADMIN_URL,
  CLUSTER_BUCKET,
  CLUSTER_DATABASE_URL,
  CLUSTER_DIR,
  CLUSTER_PORTS,
  CLUSTER_S3,
  CLUSTER_SWEEP_SECONDS,
  CLUSTER_URL,
  PIN_HEADER,
} from '../tests/e2e/support/cluster';
import { E2E_SMTP_PORT } from '../tests/e2e/support/config';
import { prepareInstanceDir, startCaddy, startLogged, startRedis, waitForHealthy, waitForPort, type Managed } from './cluster-processes';

const projectDir = process.cwd();
const root = path.resolve(CLUSTER_DIR);
const logDir = path.join(root, 'logs');
const say = (line: string) => console.log(`[cluster] ${line}`);
const started: Managed[] = [];

async function freshDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: CLUSTER_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query('DROP DATABASE IF EXISTS qlclaw_cluster WITH (FORCE)');
    await admin.query('CREATE DATABASE qlclaw_cluster');
  } finally {
    await admin.end();
  }
  await migrate(CLUSTER_DATABASE_URL);
  const db = createDb(CLUSTER_DATABASE_URL, 2);
  await seed(db, { adminEmail: 'admin@cluster.test' }).finally(() => db.$disconnect());
}

function clusterEnv(name: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: CLUSTER_DATABASE_URL,
    DATABASE_POOL_SIZE: '5',
    APP_URL: CLUSTER_URL,
    AUTH_SECRET: 'cluster-secret-cluster-secret-cluster-0123',
    // The e2e server's receiver: its messages land where tests/e2e/support/mail.ts reads them.
    SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
    // Caddy is the one proxy: it replaces X-Forwarded-For with the address it sees.
    TRUSTED_PROXY_HOPS: '1',
    PAYMENTS_PROVIDER: 'test',
    CHECKOUT_SWEEP_SECONDS: String(CLUSTER_SWEEP_SECONDS),
    OUTBOX_WORKER: 'off',
    REDIS_URL: `redis://127.0.0.1:${CLUSTER_PORTS.redis}`,
    S3_BUCKET: CLUSTER_BUCKET,
    S3_ENDPOINT: CLUSTER_S3.endpoint,
    S3_REGION: CLUSTER_S3.region,
    S3_ACCESS_KEY_ID: CLUSTER_S3.accessKeyId,
    S3_SECRET_ACCESS_KEY: CLUSTER_S3.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
    // Each instance has its own disk: a file that reaches only one of them is missing on the other.
    UPLOAD_DIR: path.join(root, `${name}-uploads`),
  };
}

async function start(): Promise<void> {
  say(`database qlclaw_cluster, logs in ${logDir}`);
  for (const stale of ['s3', 'a-uploads', 'b-uploads', 'logs']) rmSync(path.join(root, stale), { recursive: true, force: true });
  await freshDatabase();

  const redis = startRedis(CLUSTER_PORTS.redis, logDir);
  const s3 = startLogged(
    's3',
    path.join(projectDir, 'node_modules/.bin/s3rver'),
    ['-d', path.join(root, 's3'), '-a', '127.0.0.1', '-p', String(CLUSTER_PORTS.s3), '--silent', '--configure-bucket', CLUSTER_BUCKET],
    { logDir },
  );
  started.push(redis, s3);
  await Promise.all([waitForPort(CLUSTER_PORTS.redis, redis), waitForPort(CLUSTER_PORTS.s3, s3)]);

  const next = path.join(projectDir, 'node_modules/.bin/next');
  const instances = (['a', 'b'] as const).map((name) => {
    const dir = prepareInstanceDir(projectDir, path.join(root, `instance-${name}`));
    const port = CLUSTER_PORTS[name];
    return startLogged(`instance-${name}`, next, ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
      cwd: dir,
      env: clusterEnv(name),
      logDir,
    });
  });
  // Two workers, so "once per interval" is tested against a competitor, not against an empty room.
  const workers = [1, 2].map((n) =>
    startLogged(`worker-${n}`, process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/worker.ts'], {
      cwd: projectDir,
      env: clusterEnv(`worker-${n}`),
      logDir,
    }),
  );
  started.push(...instances, ...workers);
  await Promise.all(
    instances.map((instance, i) => waitForHealthy(`http://127.0.0.1:${CLUSTER_PORTS[i ? 'b' : 'a']}/api/health`, instance)),
  );

  const caddy = startCaddy({
    projectDir,
    workDir: path.join(root, 'caddy'),
    logDir,
    siteAddress: `http://:${CLUSTER_PORTS.caddySite}`,
    upstreams: [`127.0.0.1:${CLUSTER_PORTS.a}`, `127.0.0.1:${CLUSTER_PORTS.b}`],
    adminPort: CLUSTER_PORTS.caddyAdmin,
    pinned: {
      address: `http://:${CLUSTER_PORTS.balancer}`,
      header: PIN_HEADER,
      instances: { a: `127.0.0.1:${CLUSTER_PORTS.a}`, b: `127.0.0.1:${CLUSTER_PORTS.b}` },
    },
  });
  started.push(caddy);
  await waitForHealthy(`http://127.0.0.1:${CLUSTER_PORTS.caddySite}/api/health`, caddy, 20_000);
  await waitForHealthy(`${CLUSTER_URL}/api/health`, caddy, 20_000);
  say(`ready at ${CLUSTER_URL} (instances on ${CLUSTER_PORTS.a} and ${CLUSTER_PORTS.b})`);
  // A process that dies mid-run is named in the output, not discovered from a puzzling test failure.
  for (const managed of started) {
    void managed.exited.then(() => !stopping && say(`${managed.name} exited during the run; its log ends:\n${managed.tail()}`));
  }
}

let stopping = false;
async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all(started.reverse().map((managed) => managed.stop()));
  say(`stopped; logs kept in ${logDir}`);
  exitWhenIdle(code);
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stopAll(0));
try {
  await start();
} catch (error) {
  console.error(`[cluster] could not start: ${error instanceof Error ? error.message : String(error)}`);
  console.error('[cluster] E2E_CLUSTER=off runs the other end-to-end tests without it.');
  await stopAll(1);
}
