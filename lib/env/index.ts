import type { z } from 'zod';
import { log } from '@/lib/observability/log';
import { isBuildPhase } from './phase';
import { schema } from './schema';

export { isBuildPhase } from './phase';

/**
 * The one place that reads process.env. Parsed once, on first use, so that
 * importing a module never throws (next build imports every route); the
 * server calls `assertEnv()` at start-up so a production instance with a
 * missing secret refuses to start instead of failing on its first request.
 */
export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    cached = parseEnv(process.env);
    // next-auth builds magic links from AUTH_URL when set, else from the request's
    // Host header, which a caller controls: pin it to the store's own origin.
    process.env.AUTH_URL = new URL('/api/auth', cached.APP_URL).toString();
  }
  return cached;
}

/**
 * Called once when a server process starts (instrumentation.ts): a bad or
 * missing setting stops the start-up with a message naming the variable.
 */
export function assertServerEnv(): void {
  if (isBuildPhase()) return;
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) log.fatal({ problems: error.problems }, error.message);
    throw error;
  }
}
