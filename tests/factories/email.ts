import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '@/lib/db';
import { enqueueEmail } from '@/lib/email/outbox';
import { renderEmail } from '@/lib/email/render';

export function uniqueEmail(prefix = 'person'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.test`;
}

export async function queueTestEmail(client: DbOrTx, overrides: { to?: string; dedupeKey?: string; subject?: string; now?: Date } = {}) {
  const to = overrides.to ?? uniqueEmail();
  const email = renderEmail({
    subject: overrides.subject ?? `Test message ${randomBytes(3).toString('hex')}`,
    preheader: 'A test',
    blocks: [{ kind: 'paragraph', text: 'Hello <there> & welcome' }],
  });
  await enqueueEmail(client, { to, email, template: 'test', dedupeKey: overrides.dedupeKey }, { now: overrides.now });
  return { to, subject: email.subject };
}
