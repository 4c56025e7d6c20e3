import Link from 'next/link';
import type { GuideSummaryDto } from '@/lib/content/guides';

/** Links from an article to the guides of the muscles it covers. */
export function MuscleLinks({ guides }: { guides: GuideSummaryDto[] }) {
  if (guides.length === 0) return null;
  return (
    <section aria-labelledby="muscle-guides" className="mt-12">
      <h2 id="muscle-guides" className="font-serif text-2xl font-bold">
        The muscles in this article
      </h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {guides.map((guide) => (
          <li key={guide.slug}>
            <Link
              href={`/muscles/${guide.slug}`}
              className="flex min-h-11 flex-col rounded-xl border border-line bg-white p-4 no-underline hover:border-teal"
            >
              <span className="font-bold text-ink">{guide.name} guide</span>
              <span className="text-sm text-ink-soft">Where it is, how it feels when tight, and how to release it</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
