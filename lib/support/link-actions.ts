'use server';

import { refusal } from '@/lib/action-result';
import { publicAction } from '@/lib/actions/public-action';
import { enforceRateLimits, requestIp } from '@/lib/actions/rate-limits';
import { halt } from '@/lib/actions/run-action';
import { env } from '@/lib/env';
import { verifyTicketLink } from './access';
import { reissueTicketLink } from './reissue-link';

const HOUR = 3_600_000;
const limits = {
  perIp: { name: 'link-renew:ip', limit: 10, windowMs: HOUR },
  perTicket: { name: 'link-renew:ticket', limit: 3, windowMs: HOUR },
};

/**
 * Public: the holder of a working ticket link asks for a new one, which goes
 * only to the ticket's address; the posted link and all older ones stop
 * working. An expired or revoked link cannot ask.
 */
export const renewTicketLinkAction = publicAction(
  {
    caller: async ({ formData, now }) => {
      await enforceRateLimits(
        [{ rule: limits.perIp, subject: await requestIp() }],
        (wait) => `Too many requests. Please try again ${wait}.`,
      );
      const token = formData.get('token');
      const link = await verifyTicketLink(typeof token === 'string' ? token : null, { now });
      if (!link) {
        return halt(
          refusal({
            code: 'NOT_FOUND',
            message: 'This link has expired or was replaced. Write to us from the support page and we will pick it up.',
          }),
        );
      }
      return link;
    },
  },
  async (_input, { caller, now }) => {
    await enforceRateLimits(
      [{ rule: limits.perTicket, subject: caller.ticketId }],
      (wait) => `A new link was sent already. Try again ${wait}.`,
    );
    await reissueTicketLink(caller.ticketId, { appUrl: env().APP_URL, now });
    return { ok: true, message: 'A new link is on its way to the e-mail address of this conversation. This link no longer works.' };
  },
);
