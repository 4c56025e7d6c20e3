import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatDate } from '@/lib/dates';
import { supportHoursSentence } from '@/lib/site';
import { TOPIC_LABELS } from '@/lib/support/format';
import type { TicketDetailDto } from '@/lib/support/queries';
import { attachmentRules } from './attachment-rules';
import { CustomerTicketConversation } from './ticket-conversation';
import { ConfirmSenderForm, RatingForm, ReplyForm, SolvedForm } from './ticket-forms';
import { CustomerTicketStatusBadge } from './ticket-status';

export type TicketNotice = 'created' | 'replied' | 'solved' | 'rated' | 'confirmed';

const card = 'rounded-2xl border border-line bg-white p-6';

function noticeText(notice: TicketNotice, number: string): string {
  switch (notice) {
    case 'created':
      return `Thanks, we have your message. Your reference is ${number}; we e-mailed you a link to this conversation. ${supportHoursSentence()}`;
    case 'replied':
      return 'Your message is added to the conversation. We will answer soon.';
    case 'solved':
      return 'Glad it is sorted. If anything comes up again, write here and the conversation reopens.';
    case 'rated':
      return 'Thanks for telling us how we did.';
    case 'confirmed':
      return `Thanks: your request is confirmed. ${supportHoursSentence()}`;
  }
}

/** A ticket as its customer sees it: the public conversation and what they can do next; `children` (the page's "new link" button) last. */
export function TicketView({
  ticket,
  token,
  notice,
  children,
}: {
  ticket: TicketDetailDto;
  token: string;
  notice?: TicketNotice;
  children?: ReactNode;
}) {
  const done = ticket.status === 'SOLVED' || ticket.status === 'CLOSED';
  const rules = attachmentRules();
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <p>
        <Link href="/support">Support</Link>
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Conversation {ticket.number}</h1>
      {notice && (
        <p role="status" className="mt-6 rounded-lg bg-teal-light px-4 py-3 font-medium text-teal-dark">
          {noticeText(notice, ticket.number)}
        </p>
      )}
      {!ticket.senderVerified && (
        <section aria-labelledby="confirm-heading" className={`${card} mt-6 border-teal`}>
          <h2 id="confirm-heading" className="text-xl font-bold">
            Is this your request?
          </h2>
          <p className="mt-2 mb-4">
            Someone wrote to us with your e-mail address. If it was you, confirm it and we will look into it with your orders at hand. If it
            was not, ignore this page: we will share nothing about you with whoever wrote.
          </p>
          <ConfirmSenderForm token={token} />
        </section>
      )}
      <dl className="mt-6 grid gap-4 sm:grid-cols-4">
        <div>
          <dt className="text-sm text-ink-soft">Reference</dt>
          <dd className="font-semibold">{ticket.number}</dd>
        </div>
        <div>
          <dt className="text-sm text-ink-soft">Status</dt>
          <dd>
            <CustomerTicketStatusBadge status={ticket.status} />
          </dd>
        </div>
        <div>
          <dt className="text-sm text-ink-soft">Topic</dt>
          <dd>{TOPIC_LABELS[ticket.topic]}</dd>
        </div>
        <div>
          <dt className="text-sm text-ink-soft">Opened</dt>
          <dd>{formatDate(ticket.createdAt)}</dd>
        </div>
      </dl>

      <section aria-labelledby="conversation-heading" className="mt-10">
        <h2 id="conversation-heading" className="text-xl font-bold">
          Conversation
        </h2>
        <CustomerTicketConversation messages={ticket.messages} />
      </section>

      <div className="mt-10 flex flex-col gap-6">
        {ticket.status === 'CLOSED' ? (
          <section aria-labelledby="closed-heading" className={card}>
            <h2 id="closed-heading" className="text-xl font-bold">
              This conversation is closed
            </h2>
            <p className="mt-2">
              Need more help? <Link href="/support#contact">Start a new conversation</Link> and mention {ticket.number}.
            </p>
          </section>
        ) : (
          <section aria-labelledby="reply-heading" className={card}>
            <h2 id="reply-heading" className="text-xl font-bold">
              {done ? 'Still need help?' : 'Reply'}
            </h2>
            <div className="mt-4">
              <ReplyForm token={token} rules={rules} reopens={done} />
            </div>
          </section>
        )}
        {!done && (
          <section aria-labelledby="solved-heading" className={card}>
            <h2 id="solved-heading" className="text-xl font-bold">
              All sorted?
            </h2>
            <p className="mt-2 mb-4">Tell us when your problem is solved and we will mark this conversation as done.</p>
            <SolvedForm token={token} />
          </section>
        )}
        {done && (
          <section aria-labelledby="rating-heading" className={card}>
            <h2 id="rating-heading" className="text-xl font-bold">
              How did we do?
            </h2>
            {ticket.rating ? (
              <p className="mt-2">Thanks for rating our help. Every rating is read by the team that answered you.</p>
            ) : (
              <div className="mt-4">
                <RatingForm token={token} />
              </div>
            )}
          </section>
        )}
        {children}
      </div>
    </div>
  );
}
