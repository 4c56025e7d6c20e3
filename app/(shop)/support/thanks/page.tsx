import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Check your inbox', robots: { index: false } };

/**
 * Where the contact form lands unless the visitor is signed in under the e-mail they gave: the link to the
 * conversation goes only to that mailbox. A form that filled the spam trap lands here too, so a bot learns nothing.
 */
export default function SupportThanksPage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Check your inbox</h1>
      <p className="mt-4 text-lg text-ink-soft">
        Thanks for your message. We have e-mailed you your reference and a link to the conversation: open it and press &ldquo;Yes, this is
        my request&rdquo; so that we can look into it with your orders at hand.
      </p>
      <p className="mt-4 text-ink-soft">
        No e-mail after a few minutes? Look in your spam folder, or check the address and write again. Meanwhile, the{' '}
        <Link href="/support">quick answers</Link> may help.
      </p>
    </div>
  );
}
