'use server';

import { refusal } from '@/lib/action-result';
import { publicAction } from '@/lib/actions/public-action';
import { enforceRateLimits, requestIp } from '@/lib/actions/rate-limits';
import { halt } from '@/lib/actions/run-action';
import { env } from '@/lib/env';
import { verifyReturnLink } from './access';
import { reissueReturnLink } from './reissue-link';

const HOUR = 3_600_000;
const limits = {
  perIp: { name: 'link-renew:ip', limit: 10, windowMs: HOUR },
  perReturn: { name: 'link-renew:return', limit: 3, windowMs: HOUR },
};

/**
 * Public: the holder of a working return link asks for a new one, which goes
 * only to the return's address; the posted link and all older ones stop
 * working. An expired or revoked link cannot ask.
 */
export const renewReturnLinkAction = publicAction(
  {
    caller: async ({ formData, now }) => {
      await enforceRateLimits(
        [{ rule: limits.perIp, subject: await requestIp() }],
        (wait) => `Too many requests. Please try again ${wait}.`,
      );
      const token = formData.get('token');
      const link = await verifyReturnLink(typeof token === 'string' ? token : null, { now });
      if (!link) {
        return halt(
          refusal({
            code: 'NOT_FOUND',
            message: 'This link has expired or was replaced. Open your order from a fresh order link to see its returns.',
          }),
        );
      }
      return link;
    },
  },
  async (_input, { caller, now }) => {
    await enforceRateLimits(
      [{ rule: limits.perReturn, subject: caller.returnId }],
      (wait) => `A new link was sent already. Try again ${wait}.`,
    );
    await reissueReturnLink(caller.returnId, { appUrl: env().APP_URL, now });
    return { ok: true, message: 'A new link is on its way to the e-mail address on the return. This link no longer works.' };
  },
);
