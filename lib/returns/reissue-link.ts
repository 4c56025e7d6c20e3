import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { freshLinkEmail } from '@/lib/email/link-emails';
import { enqueueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import { formatReturnNumber } from './format';
import { RETURN_LINK_DAYS, returnLinkFor } from './links';

export interface ReissueDeps {
  appUrl: string;
  now?: Date;
  /** Staff pressed the button (the e-mail says so), rather than someone holding a link. */
  byStaff?: boolean;
}

/** Revokes every link to the return issued until now and e-mails a fresh one to the return's address, in one transaction. */
export async function reissueReturnLink(returnId: string, deps: ReissueDeps, client: DbOrTx = db): Promise<{ number: number }> {
  const now = deps.now ?? new Date();
  return inTransaction(client, async (tx) => {
    const ret = await tx.returnRequest.findUnique({ where: { id: returnId }, select: { id: true, number: true, email: true } });
    if (!ret) throw new AppError('NOT_FOUND', 'We could not find that return.');
    await tx.returnRequest.update({ where: { id: ret.id }, data: { linksValidFrom: now } });
    await enqueueEmail(tx, {
      to: ret.email,
      template: 'return-link-renewed',
      email: freshLinkEmail({
        what: `return ${formatReturnNumber(ret.number)}`,
        url: returnLinkFor(deps.appUrl, ret.id, ret.email, now),
        validDays: RETURN_LINK_DAYS,
        byStaff: deps.byStaff ?? false,
      }),
    });
    return { number: ret.number };
  });
}
