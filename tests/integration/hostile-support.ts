import { request } from '../support/next-headers';

/**
 * Shared by the hostile-input tests: a cookie jar standing in for the
 * request's cookies (the cart lives in one) and the strings an attacker
 * sends. Not a test file itself.
 */
export const cookieJar = new Map<string, string>();

export async function nextHeaders() {
  const base = await import('../support/next-headers');
  return {
    ...base,
    cookies: async () => ({
      get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
      set: (name: string, value: string) => void cookieJar.set(name, value),
      delete: (name: string) => void cookieJar.delete(name),
    }),
  };
}

export { request };

/** What every field of every public form is tried with. */
export const HOSTILE_STRINGS: Record<string, string> = {
  nul: 'hello\u0000world',
  'lone surrogate': 'broken \uD800 text',
  '10,000 characters': 'a'.repeat(10_000),
  'RTL marks': '\u202Egnp.exe\u202C \u200F\u200E',
  'SQL-ish': '\'; DROP TABLE "Order"; --',
  empty: '',
};
