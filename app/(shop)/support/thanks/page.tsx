import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Thanks for your message', robots: { index: false } };

/** Where a form that filled the spam trap is sent: it reads like success, so a bot learns nothing. */
export default function SupportThanksPage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Thanks for your message</h1>
      <p className="mt-4 text-lg text-ink-soft">
        Look out for our e-mail with your reference and a link to the conversation. Meanwhile, the{' '}
        <Link href="/support">quick answers</Link> may help.
      </p>
    </div>
  );
}
