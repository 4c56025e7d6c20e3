import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '@/lib/support/saved-replies';

describe('saved replies', () => {
  it('fill their placeholders, leaving one with no value for staff to see', () => {
    const body = 'Hi {{firstName}}, about {{ orderNumber }} ({{ticketNumber}}). {{signature}}';
    expect(fillPlaceholders(body, { firstName: 'Alex', orderNumber: 'QLC-10042', ticketNumber: 'SUP-3107' })).toBe(
      'Hi Alex, about QLC-10042 (SUP-3107). {{signature}}',
    );
    expect(fillPlaceholders(body, { firstName: null, orderNumber: null, ticketNumber: 'SUP-1' })).toBe(
      'Hi there, about {{ orderNumber }} (SUP-1). {{signature}}',
    );
  });
});
