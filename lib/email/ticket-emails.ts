import { renderEmail, type RenderedEmail } from './render';

/** Support e-mails. The reference is in the subject; replies go to the ticket's own address. */
export function ticketAcknowledgementEmail(input: { number: string; name: string; url: string }): RenderedEmail {
  return renderEmail({
    subject: `[${input.number}] We have your message`,
    preheader: 'A real person will answer soon. Reply to this e-mail to add to the conversation.',
    blocks: [
      { kind: 'heading', text: `Thanks, ${input.name.split(' ')[0]}` },
      {
        kind: 'paragraph',
        text: `Your reference is ${input.number}. A real person reads every message and will answer soon, day or night.`,
      },
      { kind: 'paragraph', text: 'Reply to this e-mail to add something, or follow the conversation on its page.' },
      { kind: 'button', label: 'Open your conversation', url: input.url },
    ],
  });
}

export function ticketReplyEmail(input: { number: string; staffName: string; body: string; url: string }): RenderedEmail {
  return renderEmail({
    subject: `[${input.number}] ${input.staffName} replied`,
    preheader: input.body.slice(0, 120),
    blocks: [
      { kind: 'paragraph', text: input.body },
      { kind: 'note', text: `${input.staffName}, QL Claw support. Reply to this e-mail to answer.` },
      { kind: 'button', label: 'See the whole conversation', url: input.url },
    ],
  });
}
