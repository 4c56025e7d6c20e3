import Link from 'next/link';
import { CartLink } from '@/components/cart/cart-link';
import { SearchForm } from '@/components/content/search-form';
import { Icon } from '@/components/ui/icon';

const nav = [
  { href: '/products/ql-claw', label: 'Shop' },
  { href: '/blog', label: 'Learn' },
  { href: '/muscles', label: 'Muscles' },
  { href: '/account', label: 'Account' },
] as const;

/**
 * Logo, main navigation and search. On a phone the rows wrap (logo, links,
 * then a full-width search box) instead of scrolling sideways; from `lg` up
 * everything sits on one line. Its links do not prefetch: they are on screen on every page, so prefetching
 * them meant six RSC requests (and their parsing) while each page was still loading; a click fetches what it needs.
 */
export function SiteHeader() {
  return (
    <header className="border-b border-line bg-sand/95">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" prefetch={false} className="flex items-center gap-2 text-xl font-extrabold tracking-tight text-ink no-underline">
          <Icon name="logo" className="h-8 w-8 text-teal" />
          QL Claw
        </Link>
        <nav aria-label="Main" className="lg:order-last">
          <ul className="flex flex-wrap items-center gap-0.5 sm:gap-2">
            {nav.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  prefetch={false}
                  className="inline-flex min-h-11 items-center rounded px-2 font-medium text-ink no-underline hover:bg-white sm:px-3"
                >
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <CartLink />
            </li>
          </ul>
        </nav>
        <div className="w-full lg:ml-auto lg:w-auto">
          <SearchForm compact />
        </div>
      </div>
    </header>
  );
}
