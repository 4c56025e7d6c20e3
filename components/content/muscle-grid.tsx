import Link from 'next/link';
import { muscles } from '@/lib/site';

/** The four muscles on the home page, each linking to its guide. */
export function MuscleGrid() {
  return (
    <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {muscles.map((muscle) => (
        <li key={muscle.slug} className="group relative rounded-2xl border border-line bg-white p-5 transition hover:shadow-md">
          <p className="text-sm font-semibold tracking-wide text-accent uppercase">{muscle.short}</p>
          <h3 className="mt-1 text-xl font-bold">
            <Link href={`/muscles/${muscle.slug}`} className="text-ink no-underline group-hover:underline after:absolute after:inset-0">
              {muscle.name}
            </Link>
          </h3>
          <p className="mt-2 text-ink-soft">{muscle.where}.</p>
          <p className="mt-2">{muscle.why}</p>
          <p className="mt-3 text-sm font-semibold text-teal-dark" aria-hidden="true">
            Read the guide →
          </p>
        </li>
      ))}
    </ul>
  );
}
