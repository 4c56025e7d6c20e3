import { storeTerms } from '@/lib/site';
import type { Finding } from './claims-guard';

/**
 * Promises are only as good as the store behind them: a number of
 * countries, a delivery time or a guarantee term in copy must match the
 * configuration (lib/checkout/shipping.ts, lib/returns/policy.ts, the
 * support hours in lib/site.ts), and wording the store cannot back is refused.
 */
type Rule = [pattern: RegExp, check: (m: RegExpMatchArray, sentence: string) => string | null];

const windows = storeTerms.deliveryWindows.map(([min, max]) => `${min}-${max}`);

const RULES: Rule[] = [
  [
    /\b(\d+) countries\b/gi,
    (m) => (Number(m[1]) === storeTerms.countryCount ? null : `says ${m[1]} countries; the store ships to ${storeTerms.countryCount}`),
  ],
  [
    /\b(\d+) ?(?:-|–|to) ?(\d+) (?:business |working )?days\b/gi,
    (m, s) =>
      /deliver|ship|arriv|express|standard/i.test(s) && !windows.includes(`${m[1]}-${m[2]}`)
        ? `delivery in ${m[1]} to ${m[2]} days is not a configured window (${windows.join(', ')})`
        : null,
  ],
  [
    /\b(\d+)[- ]day (?:money-back|guarantee|return)|\bwithin (\d+) days\b/gi,
    (m, s) => {
      const days = Number(m[1] ?? m[2]);
      const aboutGuarantee = m[1] !== undefined || /guarantee|money back|send it back|refund/i.test(s);
      return aboutGuarantee && days !== storeTerms.guaranteeDays
        ? `a ${days}-day guarantee; the store gives ${storeTerms.guaranteeDays}`
        : null;
    },
  ],
  [
    /\b(?:worldwide|all over the world|around the world|anywhere in the world)\b/gi,
    () => `the store ships to ${storeTerms.countryCount} countries, not worldwide`,
  ],
  [/\bend[- ]to[- ]end\b/gi, (_m, s) => (/encrypt|payment|card/i.test(s) ? 'card payments are not encrypted "end to end"' : null)],
  [/\bfull refund\b/gi, () => 'original shipping is refunded only when the store was at fault: not a "full refund"'],
  [
    /\bfree returns?\b|\breturns? (?:are|is) free\b/gi,
    () => (storeTerms.returnsAreFree ? null : 'the customer pays return postage unless the store was at fault'),
  ],
  [
    /\b24\/7\b|\baround the clock\b|\bday or night\b|\bat any hour\b/gi,
    () => (storeTerms.supportEveryHour ? null : 'support is not staffed every hour: state the real hours'),
  ],
];

export function promiseFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    for (const [pattern, check] of RULES) {
      for (const m of sentence.matchAll(pattern)) {
        const message = check(m, sentence);
        if (message) findings.push({ rule: 'promise', message, excerpt: sentence.trim().slice(0, 160) });
      }
    }
  }
  return findings;
}
