import type { TicketDetailDto } from '@/lib/support/admin-queries';
import { When } from './detail-card';

type Message = TicketDetailDto['messages'][number];

const kb = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The whole conversation, oldest first. Internal notes are shaded and labelled: the customer never sees them. */
export function StaffTicketConversation({ messages }: { messages: Message[] }) {
  return (
    <section aria-labelledby="conversation" className="rounded-2xl border border-line bg-white p-5">
      <h2 id="conversation" className="mb-4 text-xl font-bold">
        Conversation
      </h2>
      <ol className="flex flex-col gap-4">
        {messages.map((m) => (
          <li key={m.id}>
            <article
              aria-label={`${m.internal ? 'Internal note' : m.fromStaff ? 'Reply' : 'Message'} from ${m.authorName}`}
              className={`rounded-xl border p-4 ${m.internal ? 'border-dashed border-accent/60 bg-accent-light/50' : m.fromStaff ? 'border-teal/30 bg-teal-light/40' : 'border-line bg-white'}`}
            >
              <header className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
                {m.internal && <span className="rounded-full bg-accent px-2.5 py-0.5 text-sm font-semibold text-white">Internal note</span>}
                <span className="font-semibold">{m.authorName}</span>
                <span className="text-sm text-ink-soft">
                  {m.fromStaff
                    ? m.internal
                      ? 'Staff only'
                      : 'Staff, e-mailed to the customer'
                    : `Customer, by ${m.via === 'email' ? 'e-mail' : 'the website'}`}
                  {' · '}
                  <When at={m.at} />
                </span>
              </header>
              <p className="break-words whitespace-pre-line">{m.body}</p>
              {m.attachments.length > 0 && (
                <ul aria-label="Attachments" className="mt-3 flex flex-col gap-1 border-t border-line pt-3 text-sm">
                  {m.attachments.map((a) => (
                    <li key={a.id}>
                      <a href={a.url} target="_blank" rel="noreferrer">
                        {a.fileName}
                      </a>{' '}
                      <span className="text-ink-soft">
                        ({a.contentType === 'application/pdf' ? 'PDF' : 'image'}, {kb(a.size)})
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
