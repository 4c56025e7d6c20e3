import { describe, expect, it } from 'vitest';
import { formatDuration } from '@/lib/support/format';
import { median } from '@/lib/support/metrics';

const HOUR = 3_600_000;

describe('support metrics', () => {
  it('format and summarise durations', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect([30_000, 45 * 60_000, 3 * HOUR + 5 * 60_000, 2 * HOUR, 52 * HOUR].map(formatDuration)).toEqual([
      'under a minute',
      '45 min',
      '3 h 5 min',
      '2 h',
      '2 days 4 h',
    ]);
  });
});
