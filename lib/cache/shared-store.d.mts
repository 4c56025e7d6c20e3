/** Types of ./shared-store.mjs (plain JS: Next loads the cache handler outside the app's bundle). */
export interface SharedStore {
  url: string;
  buildId: string | undefined;
  keyPrefix: string;
  revalidateTags(tags: string[]): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
export const REDIS_TIMEOUT_MS: number;
export function sharedStore(options: { url: string; buildId: string | undefined }): SharedStore;
export function openStore(url: string): SharedStore | undefined;
