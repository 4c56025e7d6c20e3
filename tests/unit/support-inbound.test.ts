import { describe, expect, it } from 'vitest';
import { stripQuotedReply } from '@/lib/support/inbound';

describe('inbound e-mail replies', () => {
  it('strips common quoting styles', () => {
    expect(stripQuotedReply('Yes please\r\n\r\n-----Original Message-----\r\nFrom: x')).toBe('Yes please');
    expect(stripQuotedReply('Great\n> old\n> older')).toBe('Great');
    expect(stripQuotedReply('Fine\n\nFrom: QL Claw <support@qlclaw.test>\nSent: Monday')).toBe('Fine');
  });
});
