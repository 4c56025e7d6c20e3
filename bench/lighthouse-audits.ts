/**
 * Why a Lighthouse category scored under its budget: the audits that did not
 * pass, heaviest first, with the elements they point at.
 */
import type lighthouse from 'lighthouse';

export type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
type Audit = Lhr['audits'][string];

export interface Failing {
  id: string;
  title: string;
  displayValue: string;
  score: number | null;
  weight: number;
  items: number;
  nodes: string[];
}

/** Elements an audit points at (its table or list rows that carry a DOM node). */
function nodesOf(audit: Audit): { items: number; nodes: string[] } {
  const details = audit.details as { items?: unknown[] } | undefined;
  const items = Array.isArray(details?.items) ? details.items : [];
  const nodes: string[] = [];
  for (const item of items as { node?: { selector?: string; snippet?: string; nodeLabel?: string } }[]) {
    const node = item?.node;
    if (!node) continue;
    const label = node.nodeLabel ? ` "${node.nodeLabel.replace(/\s+/g, ' ').slice(0, 40)}"` : '';
    nodes.push(`${node.selector ?? node.snippet ?? '?'}${label}`);
  }
  return { items: items.length, nodes };
}

/**
 * What pulls a category under its budget: every scored audit that did not
 * pass (performance: the metrics and insights scoring under 0.9, as
 * Lighthouse's report colours them), heaviest first.
 */
export function failingAudits(lhr: Lhr, categoryId: string): Failing[] {
  const threshold = categoryId === 'performance' ? 0.9 : 1;
  const skip = new Set(['notApplicable', 'manual', 'informative']);
  return (lhr.categories[categoryId]?.auditRefs ?? [])
    .map((ref) => ({ ref, audit: lhr.audits[ref.id]! }))
    .filter(({ audit }) => audit && !skip.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < threshold)
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit.score! - b.audit.score!)
    .map(({ ref, audit }) => ({
      id: audit.id,
      title: audit.title,
      displayValue: audit.displayValue ?? '',
      score: audit.score,
      weight: ref.weight,
      ...nodesOf(audit),
    }));
}

/** Audits of a category that crashed instead of scoring (they carry no score, so they are not "failing"). */
export function erroredAudits(lhr: Lhr, categoryId: string): string[] {
  return (lhr.categories[categoryId]?.auditRefs ?? [])
    .filter((ref) => lhr.audits[ref.id]?.scoreDisplayMode === 'error')
    .map((ref) => `${ref.id} (weight ${ref.weight}: ${(lhr.audits[ref.id]!.errorMessage ?? '?').slice(0, 80)})`);
}

export function describe(failing: Failing[]): string {
  if (failing.length === 0) return 'no single failing audit (the score sums near-misses)';
  const lines = failing.slice(0, 10).map((f) => {
    const value = f.displayValue || (f.items ? `${f.items} item${f.items === 1 ? '' : 's'}` : '');
    const where = f.nodes.length ? ` at ${f.nodes.slice(0, 2).join(', ')}${f.nodes.length > 2 ? ` (+${f.nodes.length - 2})` : ''}` : '';
    return `${f.id} (weight ${f.weight}, score ${f.score ?? '-'}): ${f.title}${value ? ` — ${value}` : ''}${where}`;
  });
  if (failing.length > 10) lines.push(`… and ${failing.length - 10} more audits`);
  return `failing audits:\n${lines.map((l) => `  - ${l}`).join('\n')}`;
}
