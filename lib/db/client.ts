import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { env } from '@/lib/env';

/** A whole client, for code that creates and owns one (scripts, benches, tests); lib functions take DbOrTx. */
export type Db = PrismaClient;
/**
 * A client or an open interactive transaction. The one convention in lib/:
 * a function that touches the database takes it as its last parameter,
 * `client: DbOrTx = db`, and opens any transaction it needs with
 * `inTransaction(client, …)`, so a caller may pass its own transaction and the
 * work joins it. Deps and options objects carry configuration and clocks,
 * never the client. The exception is enqueueEmail(tx, …): its transaction is
 * required and comes first, because an e-mail must commit with its change.
 */
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
 * Functions that may open a transaction use this rather than `$transaction`.
 */
export async function inTransaction<T>(client: DbOrTx, work: (tx: DbOrTx) => Promise<T>): Promise<T> {
  // A method check, not `in`: the lazy `db` proxy forwards property reads only.
  const full = client as Partial<PrismaClient>;
  return typeof full.$transaction === 'function' ? (client as PrismaClient).$transaction((tx) => work(tx)) : work(client);
}
