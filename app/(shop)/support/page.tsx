import type { Metadata } from 'next';
import Link from 'next/link';
import { attachmentRules } from '@/components/support/attachment-rules';
import { ContactForm } from '@/components/support/contact-form';
import { HelpTopics } from '@/components/support/help-topics';
import { getViewer } from '@/lib/auth/session';
import { TOPICS } from '@/lib/support/schemas';
import { formStamp } from '@/lib/support/spam';

export const metadata: Metadata = {
  title: 'Support',
  description:
    'Answers about shipping, returns, payment and using QL Claw on each muscle, and a way to write to the real people who run support, day and night.',
};
// Each form carries the time it was shown (the spam check), so the page is rendered per request.
export const dynamic = 'force-dynamic';

export default async function SupportPage({ searchParams }: { searchParams: Promise<{ topic?: string | string[] }> }) {
  const [viewer, { topic }] = await Promise.all([getViewer(), searchParams]);
  const chosen = TOPICS.find((t) => t === topic);
  return (
    <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Support</h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-soft">
        Real people answer, around the clock, every day of the year. Most questions are answered below; for anything else, write to us.
      </p>
      <section aria-labelledby="answers-heading" className="mt-10">
        <h2 id="answers-heading" className="font-serif text-2xl font-bold">
          Quick answers
        </h2>
        <HelpTopics />
      </section>
      <section id="contact" aria-labelledby="contact-heading" className="mt-12 scroll-mt-8">
        <h2 id="contact-heading" className="font-serif text-2xl font-bold">
          Write to us
        </h2>
        <p className="mt-2 max-w-2xl text-ink-soft">
          You get a reference and a link to the conversation by e-mail, and you can reply to that e-mail or on the conversation&apos;s page.
          {viewer ? (
            <>
              {' '}
              Your conversations are also in <Link href="/account/support">your account</Link>.
            </>
          ) : null}
        </p>
        <div className="mt-6 max-w-3xl rounded-2xl border border-line bg-white p-6">
          <ContactForm stamp={formStamp()} email={viewer?.email} topic={chosen} rules={attachmentRules()} />
        </div>
      </section>
    </div>
  );
}
