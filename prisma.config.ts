import { defineConfig } from 'prisma/config';

// The CLI is used here only for `prisma generate`; migrations are applied by
// scripts/migrate.ts (see README), which keeps Prisma's own history table.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/qlclaw' },
});
