import Link from 'next/link';

export interface CountLink {
  key: string;
  href: string;
  label: string;
  count: number;
  current: boolean;
}

/** Views of a staff list (by status, by owner), each a link with how many it holds; the current one is marked. */
export function CountLinks({ label, links }: { label: string; links: CountLink[] }) {
  return (
    <nav aria-label={label} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.key}>
            <Link
              href={link.href}
              aria-current={link.current ? 'page' : undefined}
              className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line bg-white px-4 text-sm text-ink no-underline hover:border-teal aria-[current=page]:border-teal aria-[current=page]:bg-teal-light"
            >
              {link.label} <span className="font-bold">{link.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
