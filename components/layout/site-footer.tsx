import Link from 'next/link';
import { StorePromises } from '@/components/catalog/store-promises';
import { site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="mt-20 bg-ink text-white">
      <section aria-label="Our promises" className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <StorePromises />
      </section>
      <div className="border-t border-white/15">
        <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6 text-sm text-white/80 sm:flex-row sm:items-center sm:justify-between sm:px-6">
          <p>© {site.name}. A massage tool, not a medical device; nothing here is medical advice.</p>
          <nav aria-label="Footer">
            <ul className="flex flex-wrap gap-4">
              <li>
                <Link href="/products/ql-claw" className="text-white underline">
                  Shop
                </Link>
              </li>
              <li>
                <Link href="/blog" className="text-white underline">
                  Articles
                </Link>
              </li>
              <li>
                <Link href="/orders/lookup" className="text-white underline">
                  Find your order
                </Link>
              </li>
              <li>
                <a href={`mailto:${site.supportEmail}`} className="text-white underline">
                  {site.supportEmail}
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </footer>
  );
}
