/**
 * Parses the small YAML subset our Markdown sources use in their front
 * matter: `key: value` lines, `[a, b]` lists, nothing nested.
 */
export type FrontMatterValue = string | string[];

export interface ParsedDocument {
  data: Record<string, FrontMatterValue>;
  body: string;
}

export function parseFrontMatter(source: string): ParsedDocument {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('document has no front matter block (--- … ---) at its top');
  const [, header = '', body = ''] = match;
  const data: Record<string, FrontMatterValue> = {};
  for (const [index, line] of header.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const separator = line.indexOf(':');
    if (separator <= 0) throw new Error(`front matter line ${index + 1} is not "key: value": ${line}`);
    const key = line.slice(0, separator).trim();
    const raw = line.slice(separator + 1).trim();
    data[key] = raw.startsWith('[') && raw.endsWith(']') ? parseList(raw) : raw;
  }
  return { data, body: body.trim() + '\n' };
}

function parseList(raw: string): string[] {
  const inner = raw.slice(1, -1).trim();
  return inner
    ? inner
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : [];
}
