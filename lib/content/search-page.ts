import 'server-only';
import { requestIp } from '@/lib/actions/rate-limits';
import { consumeAll, describeWait, type RateLimitRule } from '@/lib/rate-limit/service';
import { queryParam } from '@/lib/validation/schemas';
import { SEARCH_QUERY_MAX_LENGTH } from './schemas';
import { searchContent, type SearchResultDto } from './search';

/**
 * What /search shows for its `?q=`. Without a query the page does no
 * database work at all; with one, the search is counted per address first,
 * so a script cannot keep PostgreSQL busy ranking text.
 */
export const SEARCHES_PER_IP: RateLimitRule = { name: 'search:ip', limit: 30, windowMs: 60_000 };

export type SearchPageOutcome = { query: string; results: SearchResultDto[]; problem?: string };

export async function searchForPage(raw: unknown, now = new Date()): Promise<SearchPageOutcome> {
  const parsed = queryParam(raw, SEARCH_QUERY_MAX_LENGTH);
  if (!parsed.ok) return { query: '', results: [], problem: parsed.message };
  if (!parsed.value) return { query: '', results: [] };
  const limit = await consumeAll([{ rule: SEARCHES_PER_IP, subject: await requestIp() }], { now });
  if (!limit.allowed) {
    return {
      query: parsed.value,
      results: [],
      problem: `You have searched a lot in a short time. Please try again ${describeWait(limit.resetAt, now)}.`,
    };
  }
  return { query: parsed.value, results: await searchContent(parsed.value, { now }) };
}
