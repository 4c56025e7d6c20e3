/** Where the end-to-end server and its throwaway database listen. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DB_PORT = Number(process.env.E2E_DB_PORT ?? 54339);
export const E2E_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${E2E_DB_PORT}/qlclaw`;
