import { renderEmail, type RenderedEmail } from './render';

/** Every transactional e-mail the store sends, one function each. */

export function signInLinkEmail(input: { url: string; expires: Date; staff?: boolean }): RenderedEmail {
  const minutes = Math.max(1, Math.round((input.expires.getTime() - Date.now()) / 60_000));
  const valid = minutes >= 120 ? `${Math.round(minutes / 60)} hours` : `${minutes} minutes`;
  return renderEmail({
    subject: 'Your QL Claw sign-in link',
    preheader: `Sign in with one click. The link works once and expires in ${valid}.`,
    blocks: [
      { kind: 'heading', text: 'Sign in to QL Claw' },
      { kind: 'paragraph', text: 'Click the button to sign in. No password needed.' },
      { kind: 'button', label: 'Sign in', url: input.url },
      {
        kind: 'note',
        text: `The link works once and expires in ${valid}. If you did not ask for it, ignore this e-mail: nobody can sign in without it.`,
      },
    ],
  });
}

export function staffInvitationEmail(input: { role: 'ADMIN' | 'SUPPORT'; invitedBy: string; signInUrl: string }): RenderedEmail {
  const role = input.role === 'ADMIN' ? 'an admin' : 'a support agent';
  return renderEmail({
    subject: 'You have been added to the QL Claw team',
    preheader: `${input.invitedBy} added you as ${role}.`,
    blocks: [
      { kind: 'heading', text: 'Welcome to the team' },
      { kind: 'paragraph', text: `${input.invitedBy} added you to the QL Claw staff area as ${role}.` },
      { kind: 'paragraph', text: 'Sign in with this e-mail address; we will send you a one-time link each time.' },
      { kind: 'button', label: 'Open the staff area', url: input.signInUrl },
    ],
  });
}
