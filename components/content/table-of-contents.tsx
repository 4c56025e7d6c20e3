import type { Heading } from '@/lib/content/markdown';

/** Heading text arrives HTML-escaped from renderMarkdown; React escapes again, so undo the first. */
function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export const TOC_MIN_SECTIONS = 4;

/** A contents list for long articles: shown only with TOC_MIN_SECTIONS or more h2 sections. */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  if (headings.filter((h) => h.level === 2).length < TOC_MIN_SECTIONS) return null;
  return (
    <nav aria-labelledby="toc-heading" className="mt-8 rounded-2xl border border-line bg-white p-5">
      <h2 id="toc-heading" className="text-lg font-bold">
        In this article
      </h2>
      <ol className="mt-3 flex flex-col gap-1.5">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.level === 3 ? 'pl-5 text-ink-soft' : ''}>
            <a href={`#${heading.id}`} className="font-medium">
              {decode(heading.text)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
