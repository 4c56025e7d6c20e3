/**
 * What each page's document weighs, uncompressed and as a browser receives it
 * (compressed, with a browser's headers), split into the inline RSC payload
 * (the `self.__next_f.push` scripts), JSON-LD and the rest; the product and
 * article documents against their budgets (multiples of the bare page).
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { kB, ratio, type Report } from './report';

/** What Chromium sends for a top-level navigation (the User-Agent of the local Chromium, shortened). */
export const BROWSER_HEADERS: Readonly<Record<string, string>> = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'en-GB,en;q=0.9',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
};

export const DOCUMENT_PAGES = [
  { key: 'bare', path: '/bench-baseline', budget: undefined },
  { key: 'home', path: '/', budget: undefined },
  { key: 'product', path: '/products/ql-claw', budget: 2 },
  { key: 'article', path: '/blog/lower-back-muscle-spasms', budget: 2.5 },
] as const;

export interface DocumentParts {
  total: number;
  rscPayload: number;
  jsonLd: number;
  otherScripts: number;
  markup: number;
}

/** Splits an HTML document's bytes (UTF-8) into inline RSC payload, JSON-LD, other scripts and markup. */
export function documentParts(html: string): DocumentParts {
  const total = Buffer.byteLength(html);
  let rscPayload = 0;
  let jsonLd = 0;
  let otherScripts = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const bytes = Buffer.byteLength(match[0]);
    if (/\bsrc=/.test(match[1]!)) continue; // an external script's tag is markup
    if (match[2]!.includes('self.__next_f')) rscPayload += bytes;
    else if (/type="application\/ld\+json"/.test(match[1]!)) jsonLd += bytes;
    else otherScripts += bytes;
  }
  return { total, rscPayload, jsonLd, otherScripts, markup: total - rscPayload - jsonLd - otherScripts };
}

/** A page's document against its budget: at most `multiple` × the bare page's bytes. */
export function sizeBudget(bytes: number, bareBytes: number, multiple: number): { ratio: number; limit: number; ok: boolean } {
  if (!(bareBytes > 0)) throw new Error(`the bare page's document must have bytes to compare with (got ${bareBytes})`);
  const limit = Math.floor(bareBytes * multiple);
  return { ratio: bytes / bareBytes, limit, ok: bytes <= limit };
}

interface Fetched {
  status: number;
  headers: Record<string, string | undefined>;
  encoding: string;
  wireBytes: number;
  html: string;
}

/** One GET with exactly the given headers (fetch would add its own Accept-Encoding and hide the wire size). */
export function getDocument(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = String(res.headers['content-encoding'] ?? 'identity');
        const decode = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync }[encoding] ?? ((b: Buffer) => b);
        const headers = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
        resolve({ status: res.statusCode ?? 0, headers, encoding, wireBytes: raw.length, html: decode(raw).toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

export async function measureDocuments(base: string, report: Report): Promise<void> {
  const section = 'Documents (uncompressed)';
  const measured: Record<string, DocumentParts & { wireBytes: number; encoding: string }> = {};
  for (const page of DOCUMENT_PAGES) {
    const url = new URL(page.path, base).toString();
    const [plain, browser] = [await getDocument(url), await getDocument(url, { ...BROWSER_HEADERS })];
    for (const r of [plain, browser]) if (r.status !== 200) throw new Error(`GET ${url} answered ${r.status}`);
    measured[page.key] = { ...documentParts(plain.html), wireBytes: browser.wireBytes, encoding: browser.encoding };
  }
  report.set('documents', measured);
  const bare = measured.bare!;
  for (const page of DOCUMENT_PAGES) {
    const d = measured[page.key]!;
    const note = `RSC payload ${kB(d.rscPayload)}, markup ${kB(d.markup)}, JSON-LD ${kB(d.jsonLd)}, other scripts ${kB(d.otherScripts)}; ${kB(d.wireBytes)} on the wire with browser headers (${d.encoding})`;
    if (page.budget === undefined) {
      report.info(section, `${page.key} ${page.path}`, kB(d.total), note);
      continue;
    }
    const budget = sizeBudget(d.total, bare.total, page.budget);
    report.check(
      section,
      `${page.key} ${page.path}`,
      d.total,
      '<=',
      budget.limit,
      kB,
      `${ratio(budget.ratio)} bare (budget ${page.budget}×); ${note}`,
    );
  }
}
