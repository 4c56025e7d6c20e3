import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext } from '@playwright/test';
import pg from 'pg';
import { E2E_DB_PORT } from './config';

/**
 * The multi-instance cluster that scripts/cluster-server.ts starts after the e2e server (it reuses that build and that
 * PostgreSQL server): two `next start` instances, two job workers, one Redis and one S3 server, behind Caddy.
 * Ports are E2E_CLUSTER_PORT (3160) and the six after it. E2E_CLUSTER=off leaves it out of the run.
 */
export const CLUSTER_ENABLED = process.env.E2E_CLUSTER !== 'off' && runMayIncludeCluster(process.argv);

/** `playwright test tests/e2e/blog.spec.ts` (or `--project desktop`) does not wait for a cluster it will not use. */
function runMayIncludeCluster(argv: string[]): boolean {
  const args = argv.slice(argv.indexOf('test') + 1);
  if (!argv.includes('test')) return true;
  const projects = args.flatMap((arg, i) => (arg === '--project' ? [args[i + 1]] : arg.startsWith('--project=') ? [arg.slice(10)] : []));
  if (projects.length > 0 && !projects.includes('cluster')) return false;
  const files = args.filter((arg) => /\.spec\.ts|^tests\//.test(arg));
  return files.length === 0 || files.some((file) => file.includes('cluster'));
}
const BASE = Number(process.env.E2E_CLUSTER_PORT ?? 3160);
export const CLUSTER_PORTS = {
  /** Caddy, round robin over both instances, or the one a request names in PIN_HEADER. */
  balancer: BASE,
  a: BASE + 1,
  b: BASE + 2,
  redis: BASE + 3,
  s3: BASE + 4,
  caddyAdmin: BASE + 5,
  /** The project's Caddyfile site exactly as deployed (round robin only). */
  caddySite: BASE + 6,
} as const;
export const CLUSTER_URL = `http://localhost:${CLUSTER_PORTS.balancer}`;
/** `x-cluster-instance: a` (or `b`) sends a request through the balancer to that instance. */
export const PIN_HEADER = 'x-cluster-instance';
export type Instance = 'a' | 'b';
export const on = (instance: Instance) => ({ [PIN_HEADER]: instance });
export const CLUSTER_DIR = '.data/cluster';
export const CLUSTER_BUCKET = 'qlclaw-cluster';
export const CLUSTER_S3 = {
  endpoint: `http://127.0.0.1:${CLUSTER_PORTS.s3}`,
  region: 'us-east-1',
  // s3rver's fixed development credentials.
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
};
/** The checkout sweep's interval in the cluster: short, so the test can count several runs. */
export const CLUSTER_SWEEP_SECONDS = 3;

/** The server that holds the e2e database also holds the cluster's own, `qlclaw_cluster`. */
export const CLUSTER_ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? `postgresql://postgres:postgres@127.0.0.1:${E2E_DB_PORT}/postgres`;
export const CLUSTER_DATABASE_URL = Object.assign(new URL(CLUSTER_ADMIN_URL), { pathname: '/qlclaw_cluster' }).toString();

export async function clusterSql<T extends object>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: CLUSTER_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A session in the cluster's database, exactly as a completed sign-in makes; the cookie is sent to every port. */
export async function signInOnCluster(context: BrowserContext, role: 'CUSTOMER' | 'SUPPORT' | 'ADMIN'): Promise<string> {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@cluster.test`;
  const [user] = await clusterSql<{ id: string }>(
    `INSERT INTO "User" (id, email, role, "emailVerified", "updatedAt") VALUES ($1, $2, $3, now(), now()) RETURNING id`,
    [`u_${randomBytes(8).toString('hex')}`, email, role],
  );
  const token = randomBytes(32).toString('hex');
  await clusterSql(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [
    `s_${randomBytes(8).toString('hex')}`,
    token,
    user!.id,
  ]);
  await context.addCookies([{ name: 'authjs.session-token', value: token, url: CLUSTER_URL, httpOnly: true, sameSite: 'Lax' }]);
  return email;
}

/** A browser context whose every request, through the balancer, reaches `instance`; `pinTo` moves it. */
export async function contextOn(browser: Browser, instance: Instance): Promise<BrowserContext> {
  return browser.newContext({ baseURL: CLUSTER_URL, extraHTTPHeaders: on(instance) });
}

export async function pinTo(context: BrowserContext, instance: Instance): Promise<void> {
  await context.setExtraHTTPHeaders(on(instance));
}
