/**
 * Collects what the benchmark measured and prints it: a table with the
 * figure, the budget and PASS/MISS per line, then one JSON line. A missed
 * budget is a line in the table, never an exception.
 */
export type Status = 'PASS' | 'MISS' | 'INFO' | 'ERROR';

export interface Row {
  section: string;
  metric: string;
  measured: string;
  budget: string;
  status: Status;
  note?: string;
}

export type Comparison = '<' | '<=' | '>=' | '==';

export class Report {
  readonly rows: Row[] = [];
  readonly data: Record<string, unknown> = {};

  info(section: string, metric: string, measured: string, note?: string): void {
    this.rows.push({ section, metric, measured, budget: '', status: 'INFO', note });
  }

  /** A budgeted figure: PASS or MISS, with the figure either way. */
  check(
    section: string,
    metric: string,
    value: number,
    op: Comparison,
    limit: number,
    format: (n: number) => string,
    note?: string,
  ): boolean {
    const ok = op === '<' ? value < limit : op === '<=' ? value <= limit : op === '>=' ? value >= limit : value === limit;
    this.rows.push({
      section,
      metric,
      measured: format(value),
      budget: `${op === '==' ? '=' : op === '<=' ? '≤' : op === '>=' ? '≥' : op} ${format(limit)}`,
      status: ok ? 'PASS' : 'MISS',
      note,
    });
    return ok;
  }

  /** A section that could not be measured (the harness or the app broke). */
  error(section: string, error: unknown): void {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    this.rows.push({ section, metric: 'could not measure', measured: '-', budget: '', status: 'ERROR', note: message });
  }

  set(key: string, value: unknown): void {
    this.data[key] = value;
  }

  get hasErrors(): boolean {
    return this.rows.some((r) => r.status === 'ERROR');
  }

  print(out: (line: string) => void = console.log): void {
    const headers = ['section', 'metric', 'measured', 'budget', 'result'];
    const cells = this.rows.map((r) => [r.section, r.metric, r.measured, r.budget, r.status]);
    const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
    const line = (values: string[]) =>
      values
        .map((v, i) => v.padEnd(widths[i]!))
        .join(' | ')
        .trimEnd();
    out('');
    out(line(headers));
    out(widths.map((w) => '-'.repeat(w)).join('-|-'));
    let previous = '';
    for (const [i, row] of this.rows.entries()) {
      const values = cells[i]!;
      out(line([row.section === previous ? '' : values[0]!, ...values.slice(1)]));
      // A note may span lines (e.g. a list of failing audits): each is indented under the row.
      for (const [j, part] of (row.note ?? '').split('\n').filter(Boolean).entries())
        out(`${' '.repeat(widths[0]!)} |   ${j === 0 ? '↳' : ' '} ${part}`);
      previous = row.section;
    }
    const count = (s: Status) => this.rows.filter((r) => r.status === s).length;
    out('');
    out(`${count('PASS')} PASS, ${count('MISS')} MISS, ${count('ERROR')} ERROR (a MISS is reported, not fatal)`);
    out(JSON.stringify({ bench: 'ql-claw', rows: this.rows, data: this.data }));
  }
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}

export function summarise(values: number[]): { n: number; p50: number; p95: number; max: number; mean: number } {
  const mean = values.reduce((s, v) => s + v, 0) / (values.length || 1);
  return { n: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values), mean };
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
export const perSecond = (n: number) => `${Math.round(n).toLocaleString('en-US')}/s`;
export const ratio = (n: number) => `${n.toFixed(2)}×`;
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const count = (n: number) => n.toLocaleString('en-US');

/** Runs `work` for every item with at most `limit` in flight. */
export async function pool<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  });
  await Promise.all(lanes);
  return results;
}

export const log = (line: string) => console.log(`[bench] ${line}`);
