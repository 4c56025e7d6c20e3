import { renderEmail, type RenderedEmail } from './render';
import { headerText } from './sanitize';
import { promiseWording } from '@/lib/site';

/**
 * Support e-mails. Every e-mail about one ticket has the same subject, so mail clients keep one conversation
 * (with the Message-ID headers, lib/support/email-thread); replies go to the ticket's own tagged address.
 * The subject never carries what a customer typed: nobody can have the store send their words as a subject.
 */
export function ticketSubject(number: string): string {
  return `[${number}] Your QL Claw support request`;
}

export function ticketAcknowledgementEmail(input: { number: string; name: string; url: string }): RenderedEmail {
  return renderEmail({
    subject: ticketSubject(input.number),
    preheader: 'Open your conversation and confirm it is yours, so we can see your orders with it.',
    blocks: [
      { kind: 'heading', text: `Thanks, ${input.name.split(' ')[0]}` },
      {
        kind: 'paragraph',
        text: `Your reference is ${input.number}. A real person reads every message. ${promiseWording.supportHours}`,
      },
      {
        kind: 'paragraph',
        text: 'Open your conversation and press "Yes, this is my request": until then we cannot show your orders beside it. Reply to this e-mail to add something.',
      },
      { kind: 'button', label: 'Open your conversation', url: input.url },
    ],
  });
}

export function ticketReplyEmail(input: { number: string; staffName: string; body: string; url: string }): RenderedEmail {
  // A name is one line wherever it appears, even inside a paragraph.
  const staffName = headerText(input.staffName);
  return renderEmail({
    subject: ticketSubject(input.number),
    preheader: `${staffName} replied: ${input.body.slice(0, 100)}`,
    blocks: [
      { kind: 'paragraph', text: input.body },
      { kind: 'note', text: `${staffName}, QL Claw support. Reply to this e-mail to answer.` },
      { kind: 'button', label: 'See the whole conversation', url: input.url },
    ],
  });
}

/** A reply to a closed ticket starts a follow-up: the customer learns where their message went. */
export function ticketFollowUpEmail(input: { number: string; previous: string; name: string; url: string }): RenderedEmail {
  return renderEmail({
    subject: ticketSubject(input.number),
    preheader: `Your message opened ${input.number}, a follow-up of ${input.previous}.`,
    blocks: [
      { kind: 'heading', text: `Thanks, ${input.name.split(' ')[0]}` },
      {
        kind: 'paragraph',
        text:
          `Your message opened a new request, ${input.number}, as a follow-up of ${input.previous}, which was already closed. ` +
          `A real person will read it with the earlier conversation. ${promiseWording.supportHours}`,
      },
      { kind: 'paragraph', text: `Reply to this e-mail to add to ${input.number}.` },
      { kind: 'button', label: 'Open your conversation', url: input.url },
    ],
  });
}
