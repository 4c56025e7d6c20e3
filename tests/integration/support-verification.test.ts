import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import TicketViewPage from '@/app/(shop)/support/tickets/view/page';
import { db } from '@/lib/db';
import { findTicketByToken } from '@/lib/support/access';
import { confirmSenderAction, createTicketAction } from '@/lib/support/actions';
import { getTicketForStaff } from '@/lib/support/admin-queries';
import { inboxFilterSchema } from '@/lib/support/admin-schemas';
import { getCustomerContext } from '@/lib/support/customer-context-queries';
import { listTicketsForStaff } from '@/lib/support/inbox-queries';
import { listTicketsForCustomer } from '@/lib/support/queries';
import { formStamp } from '@/lib/support/spam';
import { seed } from '@/prisma/seed';
import { uniqueEmail } from '../factories/email';
import { createOrder } from '../factories/orders';
import { createCustomer } from '../factories/staff';
import { SUPPORT_DEPS } from '../factories/tickets';
import { formData } from '../support/form-data';
import { request } from '../support/next-headers';
import { run } from '../support/next-navigation';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/headers', () => import('../support/next-headers'));
vi.mock('next/navigation', async (original) => (await import('../support/next-navigation')).withThrowingRedirect(original));

let alice: { email: string; orderLabel: string };

beforeAll(async () => {
  await seed(db);
  const email = uniqueEmail('alice');
  const order = await createOrder(db, { email, status: 'DELIVERED' });
  alice = { email, orderLabel: order.label };
});
beforeEach(async () => {
  actAs(null);
  request.ip = '198.51.100.9';
  await db.rateLimitBucket.deleteMany();
});

const contactForm = (email: string, orderNumber = '') =>
  formData({
    name: 'Alice',
    email,
    topic: 'ORDERS',
    orderNumber,
    message: 'Please send my parcel to a new address.',
    website: '',
    stamp: formStamp(new Date(Date.now() - 10_000)),
  });
const latestTicket = (email: string) => db.ticket.findFirstOrThrow({ where: { email }, orderBy: { createdAt: 'desc' } });
/** The signed link the acknowledgement e-mail carries: only the mailbox gets it. */
async function mailedLink(ticketId: string): Promise<string> {
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: `ticket-ack:${ticketId}` } });
  const token = /token=([^\s&"<]+)/.exec(mail.text)![1]!;
  return decodeURIComponent(token);
}
const staffView = (number: number) => getTicketForStaff(number, { firstResponseHours: 4 });
const inboxRow = async (number: number) =>
  (
    await listTicketsForStaff(inboxFilterSchema.parse({ view: 'all', q: `SUP-${number}` }), { viewerId: 'staff', firstResponseHours: 4 })
  ).tickets.find((t) => t.number === `SUP-${number}`)!;

describe('a stranger who files a ticket in alice’s name', () => {
  it('as a guest gets a "check your inbox" page, not the ticket, and staff see neither alice’s orders nor that it is her', async () => {
    const { redirect } = await run(createTicketAction, contactForm(alice.email, alice.orderLabel));
    expect(redirect).toBe('/support/thanks');
    const ticket = await latestTicket(alice.email);
    expect(ticket.senderVerifiedAt).toBeNull();
    expect(await getCustomerContext(ticket.id)).toBeNull();
    expect(await staffView(ticket.number)).toMatchObject({ senderVerified: false, orderNumber: null });
    expect(await inboxRow(ticket.number)).toMatchObject({ senderVerified: false });
  });

  it('signed in as someone else gets no link either, and the ticket is not added to that account', async () => {
    const bob = actAs(await createCustomer({ email: uniqueEmail('bob') }));
    const { redirect } = await run(createTicketAction, contactForm(alice.email));
    expect(redirect).toBe('/support/thanks');
    const ticket = await latestTicket(alice.email);
    expect(ticket).toMatchObject({ userId: null, senderVerifiedAt: null });
    expect((await listTicketsForCustomer(bob)).map((t) => t.id)).not.toContain(ticket.id);
    expect(await getCustomerContext(ticket.id)).toBeNull();
  });
});

describe('alice herself', () => {
  it('opening the e-mailed link changes nothing; pressing "Yes, this is my request" verifies her and shows staff her orders', async () => {
    await run(createTicketAction, contactForm(alice.email, alice.orderLabel));
    const ticket = await latestTicket(alice.email);
    const token = await mailedLink(ticket.id);

    // A mail scanner (or alice) opens the link: the page asks, and nothing is marked.
    const page = await TicketViewPage({ searchParams: Promise.resolve({ token }) });
    expect(page.props).toMatchObject({ ticket: { id: ticket.id, senderVerified: false } });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).senderVerifiedAt).toBeNull();

    const forged = await run(confirmSenderAction, formData({ token: `${token.slice(0, -2)}zz` }));
    expect(forged.result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).senderVerifiedAt).toBeNull();

    const { redirect } = await run(confirmSenderAction, formData({ token }));
    expect(redirect).toContain('notice=confirmed');
    const after = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { events: true } });
    expect(after.senderVerifiedAt).not.toBeNull();
    expect(after.events.map((e) => e.type)).toContain('sender_verified');
    expect((await getCustomerContext(ticket.id))!.orders.map((o) => o.number)).toContain(alice.orderLabel);
    expect(await staffView(ticket.number)).toMatchObject({ senderVerified: true, orderNumber: alice.orderLabel });
    // Pressed again (a second tab): still verified, one event.
    await run(confirmSenderAction, formData({ token }));
    expect((await db.ticketEvent.findMany({ where: { ticketId: ticket.id, type: 'sender_verified' } })).length).toBe(1);
  });

  it('signed in under her own e-mail is verified at once and lands on the ticket', async () => {
    const user = actAs(await createCustomer({ email: uniqueEmail('signed') }));
    await createOrder(db, { email: user.email });
    const { redirect } = await run(createTicketAction, contactForm(user.email.toUpperCase()));
    expect(redirect).toMatch(/^\/support\/tickets\/view\?token=[^&]+&notice=created$/);
    const owned = await findTicketByToken(new URL(redirect!, SUPPORT_DEPS.appUrl).searchParams.get('token'));
    const ticket = await db.ticket.findUniqueOrThrow({ where: { id: owned!.id } });
    expect(ticket).toMatchObject({ userId: user.id });
    expect(ticket.senderVerifiedAt).not.toBeNull();
    expect((await getCustomerContext(ticket.id))!.orders).toHaveLength(1);
  });
});
