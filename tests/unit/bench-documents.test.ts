import { describe, expect, it } from 'vitest';
import { documentParts, sizeBudget } from '@/bench/documents';
import { median } from '@/bench/report';

const page = [
  '<!DOCTYPE html><html><head><script src="/a.js" async=""></script></head><body><h1>Hi</h1>',
  '<script type="application/ld+json">{"@type":"Product"}</script>',
  '<script>self.__next_f.push([1,"0:{}\\n"])</script>',
  '<script>(self.__next_s=self.__next_s||[]).push([0,{}])</script>',
  '</body></html>',
];

describe('documentParts', () => {
  it('counts the inline RSC payload, JSON-LD and other scripts apart from the markup, in UTF-8 bytes', () => {
    const html = page.join('');
    const parts = documentParts(html);
    expect(parts.total).toBe(Buffer.byteLength(html));
    expect(parts.rscPayload).toBe(Buffer.byteLength(page[2]!));
    expect(parts.jsonLd).toBe(Buffer.byteLength(page[1]!));
    // The external <script src> tag is markup: its bytes are in the document, its code is not.
    expect(parts.otherScripts).toBe(Buffer.byteLength(page[3]!));
    expect(parts.markup).toBe(parts.total - parts.rscPayload - parts.jsonLd - parts.otherScripts);
  });

  it('counts a multi-byte character as its UTF-8 bytes', () => {
    expect(documentParts('<p>café</p>').total).toBe(12);
  });
});

describe('sizeBudget', () => {
  it('passes a document at exactly the multiple of the bare page and misses one byte over', () => {
    expect(sizeBudget(56_000, 28_000, 2)).toEqual({ ratio: 2, limit: 56_000, ok: true });
    expect(sizeBudget(56_001, 28_000, 2).ok).toBe(false);
    expect(sizeBudget(70_000, 28_000, 2.5).ok).toBe(true);
  });

  it('refuses to compare with a bare page that has no bytes', () => {
    expect(() => sizeBudget(1, 0, 2)).toThrow(/bare page/);
  });
});

describe('median', () => {
  it('takes the middle of three runs whatever their order, and the mean of the middle two of four', () => {
    expect(median([96, 88, 93])).toBe(93);
    expect(median([210, 400, 250, 300])).toBe(275);
    expect(Number.isNaN(median([]))).toBe(true);
  });
});
