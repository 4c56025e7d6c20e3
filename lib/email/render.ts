import { bodyText, headerText } from './sanitize';

/**
 * E-mails are built from a few typed blocks and rendered twice from the same
 * source: HTML in the store's look (inline styles, table layout, as mail
 * clients need) and a plain-text part. Every string is escaped here, so
 * templates never handle HTML themselves.
 */
import { promises } from '@/lib/site';
export type EmailBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'button'; label: string; url: string }
  | { kind: 'note'; text: string }
  | { kind: 'rows'; rows: [label: string, value: string][] };

export interface EmailContent {
  subject: string;
  /** The grey line mail clients show after the subject. */
  preheader: string;
  blocks: EmailBlock[];
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

const COLORS = { ink: '#14213d', soft: '#3d4a66', teal: '#0f766e', sand: '#fdf6ec', line: '#e7dccb' };

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function blockHtml(block: EmailBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h1 style="margin:0 0 16px;font-size:24px;line-height:1.3;color:${COLORS.ink}">${escapeHtml(block.text)}</h1>`;
    case 'paragraph':
      return `<p style="margin:0 0 16px;font-size:16px;line-height:1.6;color:${COLORS.ink}">${escapeHtml(block.text)}</p>`;
    case 'note':
      return `<p style="margin:0 0 16px;font-size:13px;line-height:1.5;color:${COLORS.soft}">${escapeHtml(block.text)}</p>`;
    case 'button':
      return (
        `<p style="margin:24px 0"><a href="${escapeHtml(block.url)}" style="display:inline-block;background:${COLORS.teal};color:#ffffff;` +
        `padding:12px 24px;border-radius:999px;font-weight:bold;text-decoration:none">${escapeHtml(block.label)}</a></p>`
      );
    case 'rows':
      return (
        `<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px">` +
        block.rows
          .map(
            ([label, value]) =>
              `<tr><td style="padding:6px 0;border-bottom:1px solid ${COLORS.line};color:${COLORS.soft}">${escapeHtml(label)}</td>` +
              `<td style="padding:6px 0;border-bottom:1px solid ${COLORS.line};text-align:right;color:${COLORS.ink}">${escapeHtml(value)}</td></tr>`,
          )
          .join('') +
        `</table>`
      );
  }
}

function blockText(block: EmailBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${block.text}\n${'='.repeat(Math.min(block.text.length, 60))}`;
    case 'paragraph':
    case 'note':
      return block.text;
    case 'button':
      return `${block.label}:\n${block.url}`;
    case 'rows':
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
  }
}

/** The store's promises, worded from its configuration (lib/site.ts). */
const PROMISE_LINE = promises.map((p) => p.title).join(' · ');

/** Single-line blocks (a heading, a label, a row) lose every control character; paragraphs keep their newlines. */
function sanitizeBlock(block: EmailBlock): EmailBlock {
  switch (block.kind) {
    case 'heading':
      return { kind: 'heading', text: headerText(block.text) };
    case 'paragraph':
    case 'note':
      return { kind: block.kind, text: bodyText(block.text) };
    case 'button':
      return { kind: 'button', label: headerText(block.label), url: headerText(block.url) };
    case 'rows':
      return { kind: 'rows', rows: block.rows.map(([label, value]) => [headerText(label), headerText(value)]) };
  }
}

export function renderEmail(raw: EmailContent): RenderedEmail {
  const content = { subject: headerText(raw.subject), preheader: headerText(raw.preheader), blocks: raw.blocks.map(sanitizeBlock) };
  const body = content.blocks.map(blockHtml).join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;background:${COLORS.sand};font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif">
<span style="display:none;max-height:0;overflow:hidden">${escapeHtml(content.preheader)}</span>
<table role="presentation" width="100%" style="background:${COLORS.sand}"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" style="max-width:560px;background:#ffffff;border-radius:16px;border:1px solid ${COLORS.line}">
<tr><td style="padding:24px 32px 0;font-size:20px;font-weight:800;color:${COLORS.teal}">QL Claw</td></tr>
<tr><td style="padding:16px 32px 8px">${body}</td></tr>
<tr><td style="padding:16px 32px 24px;border-top:1px solid ${COLORS.line};font-size:12px;color:${COLORS.soft}">
${escapeHtml(PROMISE_LINE)}
</td></tr></table></td></tr></table></body></html>`;
  const text = content.blocks.map(blockText).join('\n\n') + `\n\n--\nQL Claw · ${PROMISE_LINE}\n`;
  return { subject: content.subject, html, text };
}
