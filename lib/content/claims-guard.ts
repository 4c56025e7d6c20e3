import { promiseFindings } from './promise-guard';
import { CHECK_FIRST_MARKERS, redFlagFindings } from './red-flag-guard';

/**
 * Reads copy the way a careful editor would and lists what breaks the
 * store's rules for a health product (the facts sheet's "how strongly to say
 * things" and its safety part). The unit test runs it over every article,
 * guide, product text and promise; the article editor shows the same
 * findings to staff before they publish.
 *
 * Word boundaries are deliberate: "treat" is a claim, "treatment" (what a
 * doctor gives, in red-flag advice) is not; "fix" is, "prefix" is not.
 */
export interface Finding {
  rule: 'claim-word' | 'overclaim' | 'front-safety' | 'guide-safety' | 'red-flags' | 'promise';
  message: string;
  excerpt: string;
}

export interface GuardDocument {
  /** Where the text comes from, e.g. "article why-spasms-happen". */
  source: string;
  kind: 'article' | 'guide' | 'product' | 'copy';
  text: string;
}

/** Outcome and evidence words a massage tool's copy must never use. */
const CLAIM_WORDS =
  /\b(cure[sd]?|curing|treat|treats|treated|treating|heal|heals|healed|healing|relieve[sd]?|relieving|relief|fix|fixe[sd]|fixing|the only|the best|clinically|proven|therapeutic|releases?|released|releasing)\b/gi;

/** Phrases that state a common explanation as settled fact, or promise more than a tool can. */
const OVERCLAIMS: [RegExp, string][] = [
  [/\bthe mechanism\b/gi, 'present the tug of war as one common explanation, not "the mechanism"'],
  [/\bbehind (?:most |lower-back |low back |back )*(?:spasms|back pain)\b/gi, 'the four muscles are a common explanation, not the cause'],
  [/\bmost common drivers?\b/gi, 'hip flexors are one common explanation, not "the most common driver"'],
  [/\bmore than any other\b/gi, 'no ranking of muscles: the evidence does not support it'],
  [/\bwithout (?:much )?risk\b/gi, 'a deep-pressure tool is never "without risk"'],
  [/\bmost (?:lower-back |low back |back )?spasms involve\b/gi, 'say "often", not "most spasms involve"'],
];

/** A sentence that suggests working on the belly or the front of the hip. */
const FRONT_TARGET = /\b(psoas|iliacus|iliopsoas|hip flexors?|front of (?:the|your) hips?|belly)\b/i;
const WORK_VERB = /\b(QL Claw|massage|pressure|press|work(?:ing)? on|the tool|the tip)\b/i;
/** The one-line pointer: a link to the product page's safety answer or a front-of-hip guide's safety section. */
const SAFETY_BY_NAME = /who shouldn.?t use it\?/i;
const SAFETY_POINTER = /(?:\]\(|href=")(?:\/products\/ql-claw#who-shouldnt-use-it|\/muscles\/(?:psoas|iliacus)#safety-first)[)"]/;

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function excerptAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 40);
  return `…${text.slice(start, index + length + 40).replace(/\s+/g, ' ')}…`;
}

function patternFindings(text: string, pattern: RegExp, rule: Finding['rule'], message: (match: string) => string): Finding[] {
  return [...text.matchAll(pattern)].map((m) => ({ rule, message: message(m[0]), excerpt: excerptAround(text, m.index, m[0].length) }));
}

export function suggestsFrontWork(text: string): boolean {
  return sentences(text).some((s) => FRONT_TARGET.test(s) && WORK_VERB.test(s));
}

function frontSafetyFindings(doc: GuardDocument): Finding[] {
  if (doc.kind === 'guide' || !suggestsFrontWork(doc.text) || SAFETY_POINTER.test(doc.text)) return [];
  // Product copy and site copy sit on pages that carry the safety answer: naming it is the pointer.
  if (doc.kind !== 'article' && SAFETY_BY_NAME.test(doc.text)) return [];
  const first = sentences(doc.text).find((s) => FRONT_TARGET.test(s) && WORK_VERB.test(s)) ?? '';
  return [
    {
      rule: 'front-safety',
      message: 'suggests work on the belly or the front of the hip without a safety pointer: link to /products/ql-claw#who-shouldnt-use-it',
      excerpt: first.slice(0, 160),
    },
  ];
}

/** Every guide carries the full "check with a doctor first" list in a "Safety first" section. */
function guideSafetyFindings(doc: GuardDocument): Finding[] {
  if (doc.kind !== 'guide') return [];
  const missing = CHECK_FIRST_MARKERS.filter(([pattern]) => !pattern.test(doc.text)).map(([, label]) => label);
  const findings: Finding[] = missing.length
    ? [{ rule: 'guide-safety', message: `the safety section misses: ${missing.join(', ')}`, excerpt: '' }]
    : [];
  if (!/^## Safety first$/m.test(doc.text)) findings.push({ rule: 'guide-safety', message: 'no "## Safety first" section', excerpt: '' });
  return findings;
}

export function checkDocument(doc: GuardDocument): Finding[] {
  return [
    ...patternFindings(doc.text, CLAIM_WORDS, 'claim-word', (w) => `claim word "${w}": describe what the tool does, not an outcome`),
    ...OVERCLAIMS.flatMap(([pattern, why]) => patternFindings(doc.text, pattern, 'overclaim', (w) => `"${w}": ${why}`)),
    ...frontSafetyFindings(doc),
    ...guideSafetyFindings(doc),
    ...redFlagFindings(doc.text),
    ...promiseFindings(doc.text),
  ];
}

/** What the article editor shows staff before they publish: the same rules as the unit test. */
export function articleWarnings(article: {
  title: string;
  excerpt: string;
  bodyMarkdown: string;
  seoTitle?: string | null;
  seoDescription?: string | null;
}): string[] {
  const text = [article.title, article.excerpt, article.seoTitle ?? '', article.seoDescription ?? '', article.bodyMarkdown].join('\n');
  return checkDocument({ source: 'article', kind: 'article', text }).map((f) => `${f.message}${f.excerpt ? ` (${f.excerpt})` : ''}`);
}

export function formatFindings(source: string, findings: Finding[]): string[] {
  return findings.map((f) => `${source}: [${f.rule}] ${f.message}${f.excerpt ? ` (${f.excerpt})` : ''}`);
}
