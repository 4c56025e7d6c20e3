import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openStore, sharedStore, type SharedStore } from './shared-store.mjs';

/**
 * This process's connection to the shared cache, for code that runs outside Next's cache handler: the health
 * check, and jobs that expire pages. In a web instance it is the handler's own connection; in `npm run worker`
 * it is opened here, with the build id of the `.next` it sits beside (entries are keyed by build: see
 * shared-store.mjs), so a worker must run from the same build as the web instances.
 */
export function sharedStoreOf(redisUrl: string): SharedStore {
  return openStore(redisUrl) ?? sharedStore({ url: redisUrl, buildId: readBuildId() });
}

function readBuildId(): string | undefined {
  try {
    return readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** What cache-handler.mjs registers when Next loads it in this process. */
export interface LoadedEngine {
  engine: 'next' | 'redis';
  revalidateTags(tags: string[]): Promise<void>;
}

export function loadedEngine(): LoadedEngine | undefined {
  return (globalThis as { [key: symbol]: LoadedEngine | undefined })[Symbol.for('qlclaw.cache.engine')];
}
