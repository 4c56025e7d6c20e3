import { renderEmail, type RenderedEmail } from './render';

/**
 * The fresh link sent when the links to an order, return or conversation
 * were revoked: by someone holding a link ("send me a new link") or by
 * staff. It goes only to the address on record, never to the page.
 */
export interface FreshLinkInput {
  /** What the link opens, as the customer reads it: "order QLC-10042", "return RMA-1042", "conversation SUP-1001". */
  what: string;
  url: string;
  validDays: number;
  byStaff: boolean;
}

export function freshLinkEmail(input: FreshLinkInput): RenderedEmail {
  const why = input.byStaff
    ? `Our team replaced the links to your ${input.what}.`
    : `Someone with a link to your ${input.what} (hopefully you) asked for a new one.`;
  return renderEmail({
    subject: `A new link to your ${input.what}`,
    preheader: 'Older links to it no longer work; this one does.',
    blocks: [
      { kind: 'heading', text: `A new link to your ${input.what}` },
      { kind: 'paragraph', text: `${why} Every older link, including those in earlier e-mails, no longer works. Use this one instead.` },
      { kind: 'button', label: 'Open it', url: input.url },
      {
        kind: 'note',
        text:
          `The link works for ${input.validDays} days. Keep it to yourself: anyone with it can see your ${input.what}. ` +
          'If you did not ask for it, nothing else changed and only this e-mail opens it now.',
      },
    ],
  });
}
