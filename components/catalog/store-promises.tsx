import { promises } from '@/lib/site';
import { PromiseIcon } from './promise-icon';

/** The four store promises; `compact` for the strip beside "Add to cart". */
export function StorePromises({ variant = 'full' }: { variant?: 'full' | 'compact' }) {
  if (variant === 'compact') {
    return (
      <ul className="grid gap-2 text-sm text-ink-soft sm:grid-cols-2">
        {promises.map((p) => (
          <li key={p.id} className="flex items-center gap-2">
            <PromiseIcon id={p.id} className="h-5 w-5 shrink-0 text-teal" />
            {p.title}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
      {promises.map((p) => (
        <li key={p.id} className="flex gap-3">
          <PromiseIcon id={p.id} className="h-7 w-7 shrink-0 text-teal-light" />
          <div>
            <p className="font-semibold text-white">{p.title}</p>
            <p className="text-sm text-white/80">{p.detail}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
