'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { CART_CHANGED_EVENT } from '@/components/catalog/cart-events';

/** The header's cart link; the count arrives after load so pages can stay prerendered. */
export function CartLink() {
  const [count, setCount] = useState<number | null>(null);
  // The header outlives client-side navigations: ask again on each one (checkout empties the cart).
  const pathname = usePathname();
  useEffect(() => {
    let cancelled = false;
    fetch('/api/cart', { cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : { count: 0 }))
      .then((body: { count: number }) => !cancelled && setCount(body.count))
      .catch(() => {});
    const onChange = (event: Event) => setCount((event as CustomEvent<number>).detail);
    window.addEventListener(CART_CHANGED_EVENT, onChange);
    return () => {
      cancelled = true;
      window.removeEventListener(CART_CHANGED_EVENT, onChange);
    };
  }, [pathname]);
  return (
    <Link
      href="/cart"
      prefetch={false}
      className="relative flex items-center gap-1 rounded px-3 py-2 font-medium text-ink no-underline hover:bg-white"
    >
      Cart
      {count ? (
        <span className="ml-1 rounded-full bg-accent px-2 py-0.5 text-xs font-bold text-white" data-testid="cart-count">
          {count}
          <span className="sr-only"> {count === 1 ? 'item' : 'items'}</span>
        </span>
      ) : null}
    </Link>
  );
}
