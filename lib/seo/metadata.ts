import type { Metadata } from 'next';
import { site } from '@/lib/site';

/**
 * Page metadata in one shape: title, description, canonical URL, Open Graph
 * and Twitter card. Share images come from each route's opengraph-image file,
 * which Next adds to Open Graph and copies to the Twitter card.
 */
export const RSS_PATH = '/blog/rss.xml';

export interface PageMetadataInput {
  title: string;
  description: string;
  /** Path of the canonical URL, e.g. "/blog/page/2". */
  path: string;
  /** Skip the " | QL Claw" title template (the home page). */
  absoluteTitle?: boolean;
  /** Advertise the articles' RSS feed (blog pages). */
  feed?: boolean;
  /** Pages that vary per visitor (search results) are followed but not indexed. */
  noIndex?: boolean;
  article?: { publishedTime: Date; modifiedTime: Date; authorUrl?: string; tags: string[] };
}

export function pageMetadata(input: PageMetadataInput): Metadata {
  const { title, description, path } = input;
  const common = { title, description, url: path, siteName: site.name, locale: 'en_US' };
  return {
    title: input.absoluteTitle ? { absolute: title } : title,
    description,
    alternates: {
      canonical: path,
      ...(input.feed ? { types: { 'application/rss+xml': [{ url: RSS_PATH, title: `${site.name} articles` }] } } : {}),
    },
    openGraph: input.article
      ? {
          ...common,
          type: 'article',
          publishedTime: input.article.publishedTime.toISOString(),
          modifiedTime: input.article.modifiedTime.toISOString(),
          authors: input.article.authorUrl ? [input.article.authorUrl] : undefined,
          tags: input.article.tags,
        }
      : { ...common, type: 'website' },
    twitter: { card: 'summary_large_image', title, description },
    ...(input.noIndex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** Search-result length: descriptions past this are cut at a word boundary. */
export function clampDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:]+$/, '')}…`;
}

// ------------------------------------------------------------------- RSS

export interface RssItem {
  title: string;
  url: string;
  description: string;
  publishedAt: Date;
  categories: string[];
}

export interface RssChannel {
  title: string;
  url: string;
  feedUrl: string;
  description: string;
  items: RssItem[];
}

/** Text safe inside XML: markup characters escaped, characters XML forbids dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function rssFeedXml(channel: RssChannel): string {
  const items = channel.items.map((item) =>
    [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      `      <pubDate>${item.publishedAt.toUTCString()}</pubDate>`,
      `      <description>${escapeXml(item.description)}</description>`,
      ...item.categories.map((c) => `      <category>${escapeXml(c)}</category>`),
      '    </item>',
    ].join('\n'),
  );
  const latest = channel.items.reduce<Date | null>((max, i) => (!max || i.publishedAt > max ? i.publishedAt : max), null);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.url)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    '    <language>en</language>',
    `    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(latest ? [`    <lastBuildDate>${latest.toUTCString()}</lastBuildDate>`] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
