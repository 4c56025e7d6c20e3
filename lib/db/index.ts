export { db, createDb, inTransaction, type Db, type DbOrTx } from './client';
export { Prisma } from './generated/client';
