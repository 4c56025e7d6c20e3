import { describe, expect, it } from 'vitest';
import { checkDocument, formatFindings, type GuardDocument } from '@/lib/content/claims-guard';
import { RED_FLAGS } from '@/lib/content/labels';
import { RED_FLAG_COUNT } from '@/lib/content/red-flag-guard';
import { allDocuments } from '../support/content-sources';

const copy = (text: string, kind: GuardDocument['kind'] = 'article'): GuardDocument => ({ source: 'test', kind, text });
const rules = (text: string, kind?: GuardDocument['kind']) => checkDocument(copy(text, kind)).map((f) => f.rule);

describe('every article, guide, product text and promise', () => {
  const documents = allDocuments();

  it('reads all of them', () => {
    expect(documents.filter((d) => d.kind === 'article').length).toBeGreaterThanOrEqual(6);
    expect(documents.filter((d) => d.kind === 'guide')).toHaveLength(4);
    expect(documents.filter((d) => d.kind === 'product').length).toBeGreaterThanOrEqual(1);
  });

  it('breaks none of the rules', () => {
    const problems = documents.flatMap((doc) => formatFindings(doc.source, checkDocument(doc)));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('the guard', () => {
  it('refuses claim words at word boundaries, and allows a doctor\u2019s "treatment"', () => {
    for (const word of [
      'cure',
      'treats',
      'heal',
      'relieves',
      'relief',
      'fix',
      'the only',
      'the best',
      'clinically',
      'proven',
      'therapeutic',
      'releases',
    ]) {
      expect(rules(`QL Claw ${word} your back.`), word).toContain('claim-word');
    }
    expect(rules('These need urgent treatment the same day.')).not.toContain('claim-word');
    expect(rules('A prefix, a healthy habit and a therapist.')).not.toContain('claim-word');
  });

  it('asks for a safety pointer where a page suggests front-of-hip or belly work', () => {
    expect(rules('Use QL Claw on the psoas too.')).toContain('front-safety');
    expect(rules('Use QL Claw on the psoas too ([safety first](/muscles/psoas#safety-first)).')).not.toContain('front-safety');
    expect(rules('Use QL Claw on your QL.')).not.toContain('front-safety');
  });

  it('refuses a red-flag list shorter than the facts sheet\u2019s, and one without the same-day urgency', () => {
    expect(RED_FLAGS).toHaveLength(RED_FLAG_COUNT);
    const partial = checkDocument(copy('See a doctor if you have changes in bladder function or numbness or tingling in the groin.'));
    expect(partial.find((f) => f.rule === 'red-flags')?.message).toMatch(/misses 6 of 8/);
    expect(partial.map((f) => f.message).join()).toMatch(/same day/);
    expect(rules('The warning signs are listed in [the article](/blog/x).')).not.toContain('red-flags');
  });

  it('refuses promises that differ from the configuration', () => {
    expect(rules('We ship to 30 countries.', 'copy')).toContain('promise');
    expect(rules('We ship worldwide.', 'copy')).toContain('promise');
    expect(rules('Standard delivery takes 3 to 5 days.', 'copy')).toContain('promise');
    expect(rules('A 30-day money-back guarantee.', 'copy')).toContain('promise');
    expect(rules('Send it back for a full refund.', 'copy')).toContain('promise');
    expect(rules('Free returns on every order.', 'copy')).toContain('promise');
    expect(rules('Payments are encrypted end to end.', 'copy')).toContain('promise');
    expect(rules('24/7 support from real people.', 'copy')).toContain('promise');
    expect(rules('We ship to 24 countries; standard delivery takes 5 to 10 days, with a 60-day money-back guarantee.', 'copy')).toEqual([]);
  });
});
