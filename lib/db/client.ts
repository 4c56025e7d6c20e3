import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { env } from '@/lib/env';

export type Db = PrismaClient;
/** A client or an open interactive transaction: services accept either. */
export type DbOrTx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export function createDb(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max, connectionTimeoutMillis: 5_000 }) });
}

// One client per process, created on first use: importing this module never
// touches the environment, so `next build` can import every route.
const holder = globalThis as unknown as { __qlclawDb?: PrismaClient };

function instance(): PrismaClient {
  holder.__qlclawDb ??= createDb(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
  return holder.__qlclawDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = instance();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});

/**
 * Runs `work` in a transaction: a new one on a client, or the caller's own
 * when handed a transaction already (Prisma's transaction clients cannot nest).
 */
export async function inTransaction<T>(client: DbOrTx, work: (tx: DbOrTx) => Promise<T>): Promise<T> {
  // A method check, not `in`: the lazy `db` proxy forwards property reads only.
  const full = client as Partial<PrismaClient>;
  return typeof full.$transaction === 'function' ? (client as PrismaClient).$transaction((tx) => work(tx)) : work(client);
}
