import { describe, expect, it } from 'vitest';
import { readingMinutes, renderMarkdown } from '@/lib/content/markdown';

describe('renderMarkdown', () => {
  it('renders headings with stable ids for the table of contents', () => {
    const { html, headings } = renderMarkdown('## Where it is\n\nText.\n\n### Tight & sore\n\n## Where it is\n');
    expect(headings).toEqual([
      { id: 'where-it-is', text: 'Where it is', level: 2 },
      { id: 'tight-sore', text: 'Tight &amp; sore', level: 3 },
      { id: 'where-it-is-2', text: 'Where it is', level: 2 },
    ]);
    expect(html).toContain('<h2 id="where-it-is">Where it is</h2>');
  });

  it('demotes a level-one heading: the page title is the only h1', () => {
    expect(renderMarkdown('# Big\n').html).toContain('<h2 id="big">Big</h2>');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>', /<script/i],
    ['an onerror attribute', '<img src=x onerror="alert(1)">', /<[^>]*\bonerror\s*=/i],
    ['an event handler smuggled into a link title', '[x](/a "t" onmouseover=alert(1))', /<[^>]*\bonmouseover\s*=/i],
    ['a javascript: link', '[click](javascript:alert(1))', /href="javascript:/i],
    ['an encoded javascript: link', '[click](jav&#x61;script:alert(1))', /href="jav/i],
    ['an iframe', '<iframe src="https://evil.test"></iframe>', /<iframe/i],
    ['a data: URL', '[x](data:text/html;base64,PHNjcmlwdD4=)', /href="data:/i],
  ])('neutralises %s', (_name, source, forbidden) => {
    const { html } = renderMarkdown(`Intro.\n\n${source}\n`);
    expect(html).not.toMatch(forbidden);
  });

  it('keeps ordinary links and marks external ones nofollow', () => {
    const { html } = renderMarkdown('[guide](/muscles/psoas) and [site](https://example.org)');
    expect(html).toContain('<a href="/muscles/psoas">guide</a>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer nofollow">site</a>');
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes at 220 words a minute, never below one', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(1100))).toBe(5);
  });
});
