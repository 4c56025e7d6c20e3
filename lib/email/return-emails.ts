import { promiseWording } from '@/lib/site';
import { renderEmail, type RenderedEmail } from './render';

/** One e-mail per step of a return, all pointing at its status page. */
export type ReturnStep = 'requested' | 'approved' | 'rejected' | 'received' | 'refunded' | 'reminder' | 'expired';

const COPY: Record<ReturnStep, { subject: string; heading: string; body: (d: { detail?: string }) => string }> = {
  requested: {
    subject: 'we have your return request',
    heading: 'Return requested',
    body: () => 'We will look at it shortly and e-mail you as soon as it is approved.',
  },
  approved: {
    subject: 'your return is approved',
    heading: 'Return approved',
    body: () =>
      `Send the item back with the return slip inside the parcel. We refund you as soon as it arrives. ${promiseWording.returnPostage}`,
  },
  rejected: {
    subject: 'about your return request',
    heading: 'We could not approve this return',
    body: (d) => `${d.detail ?? ''} Reply to this e-mail and a real person will help.`.trim(),
  },
  received: {
    subject: 'we received your return',
    heading: 'Your return arrived',
    body: () => 'Thanks for sending it back. Your refund is on its way.',
  },
  refunded: {
    subject: 'your refund is on its way',
    heading: 'Refunded',
    body: (d) => `We refunded ${d.detail ?? 'you'}. Banks usually take 5 to 10 days to show it.`,
  },
  reminder: {
    subject: 'a reminder to send your return',
    heading: 'Still planning to send it back?',
    body: (d) => `Your return stays open until ${d.detail ?? 'soon'}. Send the item back before then to get your refund.`,
  },
  expired: {
    subject: 'your return has closed',
    heading: 'Return closed',
    body: () => 'The item did not reach us in time, so this return has closed. Reply to this e-mail if that is a mistake.',
  },
};

export function returnStepEmail(step: ReturnStep, input: { number: string; statusUrl: string; detail?: string }): RenderedEmail {
  const copy = COPY[step];
  return renderEmail({
    subject: `${input.number}: ${copy.subject}`,
    preheader: copy.body({ detail: input.detail }),
    blocks: [
      { kind: 'heading', text: `${copy.heading} (${input.number})` },
      { kind: 'paragraph', text: copy.body({ detail: input.detail }) },
      { kind: 'button', label: 'See your return', url: input.statusUrl },
    ],
  });
}
