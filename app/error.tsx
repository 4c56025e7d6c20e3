'use client';

import Link from 'next/link';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-24 text-center sm:px-6">
      <p className="font-semibold text-accent">Something went wrong</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Sorry, this page hit a snag</h1>
      <p className="mt-4 text-lg text-ink-soft">
        It&apos;s on our side, not yours. Please try again; if it keeps happening, write to support.
      </p>
      <div className="mt-8 flex justify-center gap-4">
        <button type="button" onClick={reset} className="rounded-full bg-teal px-6 py-3 font-semibold text-white hover:bg-teal-dark">
          Try again
        </button>
        <Link href="/" className="rounded-full border border-teal px-6 py-3 font-semibold no-underline">
          Home page
        </Link>
      </div>
    </main>
  );
}
