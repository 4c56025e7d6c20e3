'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const items = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/orders', label: 'Orders' },
  { href: '/admin/returns', label: 'Returns' },
  { href: '/admin/support', label: 'Support' },
  { href: '/admin/articles', label: 'Articles' },
  { href: '/admin/products', label: 'Products' },
  { href: '/admin/jobs', label: 'Jobs' },
  { href: '/admin/staff', label: 'Staff' },
] as const;

export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Staff area">
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
        {items.map((item) => {
          const current = item.href === '/admin' ? pathname === '/admin' : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className="block rounded-lg px-3 py-2 font-medium whitespace-nowrap text-ink no-underline hover:bg-white aria-[current=page]:bg-teal aria-[current=page]:text-white"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
