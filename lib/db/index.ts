export { db, createDb, type Db, type DbOrTx } from './client';
export { Prisma } from './generated/client';
