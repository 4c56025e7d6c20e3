import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { STORE_TIME_ZONE } from '@/lib/dates';

/**
 * How support is doing over the last 7 days (today and the 6 days before, in
 * the store's time zone, UTC): tickets opened per day, the median time to a
 * first public reply, and the share of good ratings.
 */
const DAY = 86_400_000;
export const METRIC_DAYS = 7;

export interface SupportMetricsDto {
  since: Date;
  volume: { day: string; label: string; count: number }[];
  /** Over tickets first answered in the window. */
  firstResponse: { medianMs: number | null; answered: number; targetHours: number };
  /** Ratings given in the window; `rate` is good / (good + bad), null when there are none. */
  satisfaction: { good: number; bad: number; rate: number | null };
}

const dayLabel = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: STORE_TIME_ZONE });

export async function getSupportMetrics(
  options: { firstResponseHours: number; now?: Date },
  client: DbOrTx = db,
): Promise<SupportMetricsDto> {
  const now = options.now ?? new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const since = new Date(today - (METRIC_DAYS - 1) * DAY);
  const window = { gte: since, lte: now };
  const [opened, answered, good, bad] = await Promise.all([
    client.ticket.findMany({ where: { createdAt: window }, select: { createdAt: true } }),
    client.ticket.findMany({ where: { firstResponseAt: window }, select: { createdAt: true, firstResponseAt: true } }),
    client.ticket.count({ where: { ratedAt: window, rating: 'GOOD' } }),
    client.ticket.count({ where: { ratedAt: window, rating: 'BAD' } }),
  ]);
  const volume = Array.from({ length: METRIC_DAYS }, (_, i) => {
    const start = new Date(since.getTime() + i * DAY);
    return { day: start.toISOString().slice(0, 10), label: dayLabel.format(start), count: 0 };
  });
  for (const { createdAt } of opened) {
    const slot = volume[Math.floor((createdAt.getTime() - since.getTime()) / DAY)];
    if (slot) slot.count++;
  }
  const waits = answered.map((t) => t.firstResponseAt!.getTime() - t.createdAt.getTime());
  return {
    since,
    volume,
    firstResponse: { medianMs: median(waits), answered: waits.length, targetHours: options.firstResponseHours },
    satisfaction: { good, bad, rate: good + bad > 0 ? good / (good + bad) : null },
  };
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
