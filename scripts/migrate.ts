/** `npm run db:migrate`: applies pending migrations to DATABASE_URL. */
import { migrate, MigrationError } from '../lib/db/migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set: it must point at the PostgreSQL database to migrate.');
  process.exit(1);
}

try {
  const result = await migrate(url, { log: (line) => console.log(line) });
  console.log(
    result.applied.length
      ? `${result.applied.length} migration(s) applied.`
      : `Database is up to date (${result.alreadyApplied.length} migration(s) applied earlier).`,
  );
} catch (error) {
  console.error(error instanceof MigrationError ? error.message : error);
  process.exit(1);
}
