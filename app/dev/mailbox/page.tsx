import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listRecentMessages } from '@/lib/email/queries';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Development mailbox', robots: { index: false } };
export const dynamic = 'force-dynamic';

/** Development only: read what the store would have e-mailed. Absent in production. */
export default async function DevMailboxPage() {
  if (env().NODE_ENV === 'production') notFound();
  const messages = await listRecentMessages();
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="font-serif text-3xl font-bold">Development mailbox</h1>
      <p className="mt-2 text-ink-soft">The latest {messages.length} messages in the outbox. Set SMTP_URL to deliver them for real.</p>
      <ol className="mt-8 flex flex-col gap-6">
        {messages.map((message) => (
          <li key={message.id} className="rounded-2xl border border-line bg-white p-4">
            <details>
              <summary className="cursor-pointer">
                <strong>{message.subject}</strong> to {message.to} · {message.template} · {message.status} ·{' '}
                {message.createdAt.toISOString()}
              </summary>
              <iframe
                title={`E-mail: ${message.subject}`}
                srcDoc={message.html}
                sandbox="allow-popups allow-top-navigation-by-user-activation"
                className="mt-4 h-[32rem] w-full rounded border border-line bg-white"
              />
              <pre className="mt-4 overflow-x-auto text-sm whitespace-pre-wrap">{message.text}</pre>
            </details>
          </li>
        ))}
      </ol>
    </main>
  );
}
