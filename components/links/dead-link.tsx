import Link from 'next/link';

/** What a signed link that expired or was replaced by a newer one opens: no details, just the way to a fresh one. */
export function DeadLink({ what, fresh }: { what: string; fresh: { href: string; label: string; rest: string } }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center sm:px-6">
      <h1 className="font-serif text-4xl font-bold">This link no longer works</h1>
      <p className="mt-4 text-lg text-ink-soft">
        Links to your {what} work for a limited time, and stop working as soon as a new one is sent (by you or by our team). Use the link in
        our latest e-mail, or <Link href={fresh.href}>{fresh.label}</Link> {fresh.rest}
      </p>
    </div>
  );
}
