import Link from 'next/link';

/** A conversation link that is wrong, altered or expired. It says no more than that. */
export default function TicketNotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center sm:px-6">
      <h1 className="font-serif text-4xl font-bold">We could not find that conversation</h1>
      <p className="mt-4 text-lg text-ink-soft">
        Open it from the link in our latest e-mail, or <Link href="/account/support">sign in</Link> to see your conversations. You can
        always <Link href="/support#contact">write to us again</Link>.
      </p>
    </div>
  );
}
