'use server';

import { z } from 'zod';
import { enforceRateLimits } from '@/lib/actions/rate-limits';
import { staffAction } from '@/lib/actions/staff-action';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { findReturnByNumber } from './admin-queries';
import { returnNumberField } from './admin-schemas';
import { formatReturnNumber } from './format';
import { reissueReturnLink } from './reissue-link';

const perReturn = { name: 'link-revoke:return', limit: 10, windowMs: 3_600_000 };

/** Staff: revoke every customer link to a return and e-mail a fresh one to the return's address. Support agents may do it. */
export const revokeReturnLinksAction = staffAction(
  'staff',
  { schema: z.object({ number: returnNumberField }), fields: ['number'] },
  async ({ number }, { now }) => {
    const ret = await findReturnByNumber(number);
    if (!ret) throw new AppError('NOT_FOUND', `There is no return ${formatReturnNumber(number)}.`);
    await enforceRateLimits(
      [{ rule: perReturn, subject: ret.id }],
      (wait) => `Links to this return were replaced often; try again ${wait}.`,
    );
    await reissueReturnLink(ret.id, { appUrl: env().APP_URL, now, byStaff: true });
    return { ok: true, message: `Old links to ${ret.number} no longer work. A fresh one is on its way to the customer.` };
  },
);
