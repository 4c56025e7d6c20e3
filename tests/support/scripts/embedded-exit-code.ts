/**
 * A script that starts the embedded PostgreSQL and ends with the exit code in
 * argv, as a test runner does: it sets process.exitCode and lets the process
 * end by itself. `keep` leaves the server running and waits to be killed: the
 * exit hook must then stop the server and exit as a killed process does.
 * Used by tests/integration/embedded-exit-code.test.ts.
 */
import { startEmbeddedPostgres } from '@/lib/db/embedded';

const [dataDir, port, code, mode] = process.argv.slice(2);
const server = await startEmbeddedPostgres({ dataDir: dataDir!, port: Number(port), fresh: true });
process.exitCode = Number(code);
if (mode === 'keep') console.log('ready');
else await server.stop();
