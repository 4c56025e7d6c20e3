'use client';

import './globals.css';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="mx-auto max-w-2xl px-4 py-24 text-center">
          <h1 className="font-serif text-4xl font-bold">QL Claw is having a moment</h1>
          <p className="mt-4 text-lg">Something failed on our side. Please try again shortly.</p>
          <button type="button" onClick={reset} className="mt-8 rounded-full bg-teal px-6 py-3 font-semibold text-white">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
