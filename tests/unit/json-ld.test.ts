import { describe, expect, it } from 'vitest';
import {
  blogPostingJsonLd,
  breadcrumbJsonLd,
  guideArticleJsonLd,
  organizationJsonLd,
  serializeJsonLd,
  type BlogPostingInput,
  type JsonLd,
} from '@/lib/seo/json-ld';
import { escapeXml, rssFeedXml } from '@/lib/seo/metadata';

const absolute = (path: string) => new URL(path, 'https://qlclaw.test').toString();

const article: BlogPostingInput = {
  slug: 'why-you-get-low-back-spasms',
  title: 'Why you get low back spasms',
  description: 'The protective reflex behind a spasm.',
  publishedAt: new Date('2026-09-28T08:00:00Z'),
  updatedAt: new Date('2026-10-02T10:30:00Z'),
  images: ['/images/article-cover.svg'],
  tags: ['back-spasms', 'posture'],
  author: { slug: 'founder', name: 'The QL Claw founder' },
};

describe('serializeJsonLd', () => {
  const hostile: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: 'Ouch</script><script>alert(1)</script>',
    description: '<!-- a comment --> & an ampersand\u2028and a line separator',
  };

  it('cannot be broken out of with "</script>" or "<!--" in the data', () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<');
    expect(json).not.toContain('>');
    expect(json).not.toContain('<!--');
    expect(json).not.toContain('\u2028');
  });

  it('still parses back to exactly the same data', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
    expect(JSON.parse(serializeJsonLd([hostile, hostile]))).toEqual([hostile, hostile]);
  });
});

describe('BlogPosting', () => {
  const data = blogPostingJsonLd(article, absolute);

  it('has the fields search engines require, with absolute URLs and ISO dates', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Why you get low back spasms',
      description: 'The protective reflex behind a spasm.',
      datePublished: '2026-09-28T08:00:00.000Z',
      dateModified: '2026-10-02T10:30:00.000Z',
      image: ['https://qlclaw.test/images/article-cover.svg'],
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://qlclaw.test/blog/why-you-get-low-back-spasms' },
    });
  });

  it('credits the author as a Person linked to their page, and the store as publisher', () => {
    expect(data.author).toEqual({ '@type': 'Person', name: 'The QL Claw founder', url: 'https://qlclaw.test/authors/founder' });
    expect(data.publisher).toMatchObject({
      '@type': 'Organization',
      name: 'QL Claw',
      url: 'https://qlclaw.test/',
      logo: { '@type': 'ImageObject' },
    });
  });

  it('falls back to the store as author when an article has none', () => {
    expect(blogPostingJsonLd({ ...article, author: null }, absolute).author).toMatchObject({ '@type': 'Organization', name: 'QL Claw' });
  });
});

describe('BreadcrumbList', () => {
  it('numbers each step from 1 and links it absolutely', () => {
    const data = breadcrumbJsonLd(
      [
        { name: 'Home', path: '/' },
        { name: 'Articles', path: '/blog' },
        { name: article.title, path: `/blog/${article.slug}` },
      ],
      absolute,
    );
    expect(data['@type']).toBe('BreadcrumbList');
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://qlclaw.test/' },
      { '@type': 'ListItem', position: 2, name: 'Articles', item: 'https://qlclaw.test/blog' },
      { '@type': 'ListItem', position: 3, name: article.title, item: 'https://qlclaw.test/blog/why-you-get-low-back-spasms' },
    ]);
  });
});

describe('guides and the organisation', () => {
  it('describes a muscle guide as a plain Article about the muscle, not a medical page', () => {
    const data = guideArticleJsonLd(
      {
        slug: 'psoas',
        title: 'Psoas guide',
        name: 'Psoas',
        description: 'Where it is.',
        updatedAt: new Date('2026-11-01T00:00:00Z'),
        images: ['/images/muscles/psoas.svg'],
      },
      absolute,
    );
    expect(data['@type']).toBe('Article');
    expect(data).toMatchObject({
      headline: 'Psoas guide',
      about: { name: 'Psoas' },
      mainEntityOfPage: { '@id': 'https://qlclaw.test/muscles/psoas' },
    });
  });

  it('gives the home page an Organization with its URL and logo', () => {
    expect(organizationJsonLd(absolute)).toMatchObject({
      '@type': 'Organization',
      name: 'QL Claw',
      url: 'https://qlclaw.test/',
      logo: { url: expect.stringMatching(/^https:\/\/qlclaw\.test\//) },
    });
  });
});

describe('RSS feed text', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`Tom & Jerry's <b>"spasm"</b>\u0001`)).toBe('Tom &amp; Jerry&apos;s &lt;b&gt;&quot;spasm&quot;&lt;/b&gt;');
  });

  it('puts every article in an item without letting its text become markup', () => {
    const xml = rssFeedXml({
      title: 'QL Claw articles',
      url: 'https://qlclaw.test/blog',
      feedUrl: 'https://qlclaw.test/blog/rss.xml',
      description: 'Articles',
      items: [
        {
          title: 'Hips & </title><evil/>',
          url: 'https://qlclaw.test/blog/a?x=1&y=2',
          description: 'Body',
          publishedAt: new Date('2026-09-14T08:00:00Z'),
          categories: ['back-spasms'],
        },
      ],
    });
    expect(xml).toContain('<title>Hips &amp; &lt;/title&gt;&lt;evil/&gt;</title>');
    expect(xml).toContain('<link>https://qlclaw.test/blog/a?x=1&amp;y=2</link>');
    expect(xml).toContain('<pubDate>Mon, 14 Sep 2026 08:00:00 GMT</pubDate>');
    expect(xml).not.toContain('<evil/>');
  });
});
