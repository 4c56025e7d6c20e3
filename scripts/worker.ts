/**
 * `npm run worker`: delivers the e-mail outbox in its own process, for
 * deployments that set OUTBOX_WORKER=off on the web instances. Several
 * workers may run at once; each message is still sent once.
 */
import { startConfiguredWorker } from '../lib/email/runtime';

const stop = startConfiguredWorker();
console.log('[outbox] worker running; Ctrl-C to stop');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await stop();
    process.exit(0);
  });
}
setInterval(() => {}, 1 << 30);
