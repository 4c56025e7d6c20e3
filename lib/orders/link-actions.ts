'use server';

import { refusal } from '@/lib/action-result';
import { publicAction } from '@/lib/actions/public-action';
import { enforceRateLimits, requestIp } from '@/lib/actions/rate-limits';
import { halt } from '@/lib/actions/run-action';
import { env } from '@/lib/env';
import { verifyOrderLink } from './link-access';
import { reissueOrderLink } from './reissue-link';

const HOUR = 3_600_000;
const limits = {
  perIp: { name: 'link-renew:ip', limit: 10, windowMs: HOUR },
  perOrder: { name: 'link-renew:order', limit: 3, windowMs: HOUR },
};

/**
 * Public: the holder of a working order link asks for a new one. The new link
 * goes only to the order's own address; the posted one (and every other
 * link issued before) stops working. An expired or revoked link cannot ask,
 * or a leaked link could keep revoking the owner's fresh ones.
 */
export const renewOrderLinkAction = publicAction(
  {
    caller: async ({ formData, now }) => {
      await enforceRateLimits(
        [{ rule: limits.perIp, subject: await requestIp() }],
        (wait) => `Too many requests. Please try again ${wait}.`,
      );
      const token = formData.get('token');
      const link = await verifyOrderLink(typeof token === 'string' ? token : null, { now });
      if (!link) {
        return halt(
          refusal({ code: 'NOT_FOUND', message: 'This link has expired or was replaced. Get a fresh one from the order look-up page.' }),
        );
      }
      return link;
    },
  },
  async (_input, { caller, now }) => {
    await enforceRateLimits(
      [{ rule: limits.perOrder, subject: caller.orderId }],
      (wait) => `A new link was sent already. Try again ${wait}.`,
    );
    await reissueOrderLink(caller.orderId, { appUrl: env().APP_URL, now });
    return { ok: true, message: 'A new link is on its way to the e-mail address on the order. This link no longer works.' };
  },
);
