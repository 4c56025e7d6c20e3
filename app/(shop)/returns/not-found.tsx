import Link from 'next/link';

/** A return link that is wrong, altered or expired. It says no more than that. */
export default function ReturnNotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center sm:px-6">
      <h1 className="font-serif text-4xl font-bold">We could not find that</h1>
      <p className="mt-4 text-lg text-ink-soft">
        Links to orders and returns work for a limited time. <Link href="/orders/lookup">Get a fresh link to your order</Link> by e-mail, or{' '}
        <Link href="/account">sign in</Link> to see your returns.
      </p>
    </div>
  );
}
