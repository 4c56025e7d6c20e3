/** The store's dates are shown and reasoned about in one time zone. */
export const STORE_TIME_ZONE = 'UTC';

export function formatDate(date: Date, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: STORE_TIME_ZONE }).format(date);
}

export function formatDateTime(date: Date, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: STORE_TIME_ZONE,
    timeZoneName: 'short',
  }).format(date);
}
