import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '@/lib/content/front-matter';

describe('parseFrontMatter', () => {
  it('reads key: value lines and [a, b] lists, and returns the body', () => {
    const doc = parseFrontMatter('---\ntitle: Why it hurts: a guide\ntags: [back-spasms, psoas]\nempty: []\n---\n## Body\n');
    expect(doc.data).toEqual({ title: 'Why it hurts: a guide', tags: ['back-spasms', 'psoas'], empty: [] });
    expect(doc.body).toBe('## Body\n');
  });

  it('says what is wrong with a malformed header', () => {
    expect(() => parseFrontMatter('## No header\n')).toThrow(/no front matter/);
    expect(() => parseFrontMatter('---\njust words\n---\nbody')).toThrow(/line 1 is not "key: value"/);
  });
});
