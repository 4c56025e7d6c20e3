/**
 * `npm run worker`: runs the store's background jobs (lib/jobs: outbox
 * delivery, checkout sweep, rate-limit pruning, return sweep, ticket
 * auto-close) in their own process, for deployments that set
 * OUTBOX_WORKER=off on the web instances. Several workers may run at once;
 * each message is still sent once and each sweep changes a row once.
 */
import { startBackgroundJobs } from '../lib/jobs';

const stop = startBackgroundJobs();
console.log('[jobs] worker running; Ctrl-C to stop');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await stop();
    process.exit(0);
  });
}
setInterval(() => {}, 1 << 30);
