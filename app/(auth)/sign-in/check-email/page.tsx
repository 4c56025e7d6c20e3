import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Check your e-mail', robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md px-4 py-16 text-center sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Check your e-mail</h1>
      <p className="mt-4 text-lg text-ink-soft">
        We sent you a sign-in link. It works once and expires in an hour. It can take a minute to arrive; have a look in your spam folder
        too.
      </p>
      <p className="mt-8">
        <Link href="/sign-in">Use a different e-mail address</Link>
      </p>
    </div>
  );
}
