import Link from 'next/link';
import { SiteChrome } from '@/components/layout/site-chrome';

export default function NotFound() {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-2xl px-4 py-24 text-center sm:px-6">
        <p className="font-semibold text-accent">404</p>
        <h1 className="mt-2 font-serif text-4xl font-bold">We couldn&apos;t find that page</h1>
        <p className="mt-4 text-lg text-ink-soft">The link may be old, or the page may have moved.</p>
        <div className="mt-8 flex justify-center gap-4">
          <Link href="/" className="rounded-full bg-teal px-6 py-3 font-semibold text-white no-underline hover:bg-teal-dark">
            Go to the home page
          </Link>
          <Link href="/blog" className="rounded-full border border-teal px-6 py-3 font-semibold no-underline">
            Read the articles
          </Link>
        </div>
      </div>
    </SiteChrome>
  );
}
