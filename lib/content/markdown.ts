import { Marked, type RendererObject } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown → HTML that is safe to put in a reader's page. Two layers: raw
 * HTML typed into the source is shown as text, and the output is sanitised
 * against an allow-list (no scripts, no event handlers, no javascript: URLs).
 */
export interface Heading {
  id: string;
  text: string;
  level: 2 | 3;
}

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'a',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'blockquote',
    'code',
    'pre',
    'hr',
    'br',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], h2: ['id'], h3: ['id'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? '');
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer nofollow' } : attribs };
    },
  },
};

export function renderMarkdown(source: string): RenderedMarkdown {
  const headings: Heading[] = [];
  const used = new Set<string>();
  const renderer: RendererObject = {
    html: ({ text }) => escapeHtml(text),
    heading({ tokens, depth }) {
      const inner = this.parser.parseInline(tokens);
      // The page's title is its only h1: body headings start at h2.
      const level = Math.min(Math.max(depth, 2), 4);
      if (level > 3) return `<h${level}>${inner}</h${level}>\n`;
      const text = sanitizeHtml(inner, { allowedTags: [], allowedAttributes: {} });
      const id = uniqueId(text, used);
      headings.push({ id, text, level: level as 2 | 3 });
      return `<h${level} id="${id}">${inner}</h${level}>\n`;
    },
  };
  const html = new Marked({ gfm: true, async: false, renderer }).parse(source) as string;
  return { html: sanitizeHtml(html, SANITIZE), headings };
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&[a-z]+;|&#\d+;/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function uniqueId(text: string, used: Set<string>): string {
  const base = slugify(text) || 'section';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Minutes at an unhurried 220 words a minute, never less than one. */
export function readingMinutes(markdown: string): number {
  const words = markdown.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}
