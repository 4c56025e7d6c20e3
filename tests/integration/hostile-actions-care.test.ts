import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { cancelReturnAction, requestReturnAction } from '@/lib/returns/actions';
import { formStamp } from '@/lib/support/spam';
import { createTicketAction, markSolvedAction, rateTicketAction, replyAsCustomerAction } from '@/lib/support/actions';
import { seed } from '@/prisma/seed';
import { uniqueEmail } from '../factories/email';
import { createReturn, deliveredOrder } from '../factories/returns';
import { createCustomer } from '../factories/staff';
import { openTicket } from '../factories/tickets';
import { run } from '../support/next-navigation';
import { actAs } from '../support/viewer';
import { expectHandled, hostileCases, type FormActionUnderTest } from './hostile-support';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/cache', () => import('../support/next-cache'));
vi.mock('next/headers', async () => (await import('./hostile-support')).nextHeaders());
vi.mock('next/navigation', async (original) => (await import('../support/next-navigation')).withThrowingRedirect(original));

/** A signed-in customer with a delivered order, an open return on it, and a ticket with its link. */
let customer: Awaited<ReturnType<typeof createCustomer>>;
let order: Awaited<ReturnType<typeof deliveredOrder>>;
let returnNumber: string;
let ticketToken: string;
beforeAll(async () => {
  await seed(db);
  customer = await createCustomer();
  order = await deliveredOrder({ email: customer.email, units: 2 });
  returnNumber = (await createReturn(order)).number;
  ticketToken = new URL((await openTicket({ email: customer.email })).url).searchParams.get('token')!;
});
beforeEach(() => {
  actAs(customer);
});

/** Every public after-sales form, with a valid filling that hostile values replace one field at a time. */
const forms: Record<string, { action: FormActionUnderTest; fields: string[]; base: () => Record<string, string> }> = {
  'return request': {
    action: requestReturnAction,
    fields: ['orderNumber', 'reason', 'comment', 'items.0.orderItemId', 'items.0.quantity'],
    base: () => ({
      orderNumber: order.label,
      reason: 'DID_NOT_HELP',
      comment: 'It did not reach the spot.',
      'items.0.orderItemId': order.itemId,
      'items.0.quantity': '1',
    }),
  },
  'return cancel': { action: cancelReturnAction, fields: ['returnNumber'], base: () => ({ returnNumber }) },
  'contact form': {
    action: createTicketAction,
    fields: ['name', 'email', 'topic', 'orderNumber', 'message', 'website', 'stamp'],
    base: () => ({
      name: 'Alex Back',
      email: uniqueEmail('customer'),
      topic: 'USING',
      orderNumber: '',
      message: 'Where exactly do I hook it for the QL?',
      website: '',
      stamp: formStamp(new Date(Date.now() - 10_000)),
    }),
  },
  'ticket reply': {
    action: replyAsCustomerAction,
    fields: ['token', 'message'],
    base: () => ({ token: ticketToken, message: 'Thanks, one more question.' }),
  },
  'ticket solved': { action: markSolvedAction, fields: ['token'], base: () => ({ token: ticketToken }) },
  'ticket rating': {
    action: rateTicketAction,
    fields: ['token', 'rating', 'comment'],
    base: () => ({ token: ticketToken, rating: 'GOOD', comment: 'Quick and kind.' }),
  },
};

for (const [name, { action, fields, base }] of Object.entries(forms)) {
  describe(`the ${name} form`, () => {
    for (const hostile of hostileCases(fields, base)) {
      it(`answers ${hostile.label} with a clear message or a refusal, changing nothing`, async () => {
        await expectHandled(action, hostile);
      });
    }
  });
}

describe('the valid fillings these cases start from', () => {
  for (const name of ['return request', 'contact form', 'ticket reply']) {
    it(`are accepted by the ${name} form, so the cases above test its fields and not only its caller check`, async () => {
      const { action, base } = forms[name]!;
      // Hostile values that are still valid (RTL marks, SQL-ish text) may have returned the order's units by now.
      if (name === 'return request') order = await deliveredOrder({ email: customer.email, units: 2 });
      const { redirect, result } = await run(action, toFormData(base()));
      expect(result?.fieldErrors ?? result?.message).toBeUndefined();
      expect(redirect).toBeTruthy();
    });
  }
});

function toFormData(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.append(key, value);
  return form;
}
