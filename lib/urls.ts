import { env } from '@/lib/env';

/** The store's public origin, for canonical URLs, metadata and e-mails. */
export function siteUrl(): URL {
  return new URL(env().APP_URL);
}

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}
