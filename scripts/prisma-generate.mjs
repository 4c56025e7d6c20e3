// Runs `prisma generate` on install. Prisma 7's client needs no native engine,
// but the CLI insists on a schema-engine path; generate never executes it, so
// any existing file will do when no real engine can be downloaded.
import { spawnSync } from 'node:child_process';

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= '/dev/null';
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';

const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
