/** Where the end-to-end server and its throwaway database listen. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
// `localhost`, not 127.0.0.1: Next rewrites loopback IPs to localhost in request URLs.
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DB_PORT = Number(process.env.E2E_DB_PORT ?? 54339);
/** TEST_DATABASE_ADMIN_URL puts the suite's database on a server you run instead of the embedded one. */
export const E2E_DATABASE_URL = process.env.TEST_DATABASE_ADMIN_URL
  ? Object.assign(new URL(process.env.TEST_DATABASE_ADMIN_URL), { pathname: '/qlclaw_e2e' }).toString()
  : `postgresql://postgres:postgres@127.0.0.1:${E2E_DB_PORT}/qlclaw`;
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
export const E2E_MAIL_DIR = '.data/e2e-mail';
/** Playwright's JSON report, read by scripts/test.ts for the run's summary line. */
export const E2E_JSON_REPORT = '.data/test-results/playwright.json';
