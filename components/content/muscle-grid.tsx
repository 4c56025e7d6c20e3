import { muscles } from '@/lib/site';

export function MuscleGrid() {
  return (
    <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {muscles.map((muscle) => (
        <li key={muscle.slug} className="rounded-2xl border border-line bg-white p-5">
          <p className="text-sm font-semibold tracking-wide text-accent uppercase">{muscle.short}</p>
          <h3 className="mt-1 text-xl font-bold">{muscle.name}</h3>
          <p className="mt-2 text-ink-soft">{muscle.where}.</p>
          <p className="mt-2">{muscle.why}</p>
        </li>
      ))}
    </ul>
  );
}
