import { db } from '@/lib/db';

/** The signed link in the newest e-mail of `template` to `to` (the mailbox is the only place a fresh link goes), as its token. */
export async function freshLinkTokenFor(to: string, template: string): Promise<string | null> {
  const message = await db.outboxMessage.findFirst({ where: { to, template }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  const url = message?.text.match(/https?:\/\/\S+\?token=\S+/)?.[0];
  return url ? new URL(url).searchParams.get('token') : null;
}

export const tokenOf = (url: string) => new URL(url, 'http://localhost').searchParams.get('token')!;
