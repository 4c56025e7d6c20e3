'use server';

import { z } from 'zod';
import { enforceRateLimits } from '@/lib/actions/rate-limits';
import { staffAction } from '@/lib/actions/staff-action';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { findTicketByNumber } from './admin-queries';
import { ticketNumberField } from './admin-schemas';
import { formatTicketNumber } from './format';
import { reissueTicketLink } from './reissue-link';

const perTicket = { name: 'link-revoke:ticket', limit: 10, windowMs: 3_600_000 };

/** Staff: revoke every customer link to a ticket and e-mail a fresh one to the ticket's address. Support agents may do it. */
export const revokeTicketLinksAction = staffAction(
  'staff',
  { schema: z.object({ number: ticketNumberField }), fields: ['number'] },
  async ({ number }, { now }) => {
    const ticket = await findTicketByNumber(number);
    if (!ticket) throw new AppError('NOT_FOUND', `There is no ticket ${formatTicketNumber(number)}.`);
    await enforceRateLimits(
      [{ rule: perTicket, subject: ticket.id }],
      (wait) => `Links to this ticket were replaced often; try again ${wait}.`,
    );
    await reissueTicketLink(ticket.id, { appUrl: env().APP_URL, now, byStaff: true });
    return { ok: true, message: `Old links to ${ticket.number} no longer work. A fresh one is on its way to the customer.` };
  },
);
