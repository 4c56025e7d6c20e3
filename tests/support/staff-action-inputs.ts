import { getProductOrThrow } from '@/lib/catalog/queries';
import { db } from '@/lib/db';
import { toDecimalString } from '@/lib/money';
import { seed } from '@/prisma/seed';
import { createOrder } from '../factories/orders';
import { returnAt } from '../factories/returns';
import { openTicket } from '../factories/tickets';
import { failedJob, installJobQueue } from './job-queue';
import { minutesAgo } from './viewer';

/**
 * The permission table of tests/integration/staff-access.test.ts, as data: for every staff action, input an admin's
 * request would carry, and which actions support agents may take and which need a fresh sign-in (README, Security).
 */
/** A return (on a paid test-provider order, so it can be refunded) moved along to `status`; its RMA number. */
async function returnNumberAt(status: 'REQUESTED' | 'APPROVED' | 'RECEIVED'): Promise<string> {
  await seed(db);
  return (await returnAt(status)).number;
}

/** A fresh ticket from a customer; its SUP number. */
async function ticketNumber(): Promise<string> {
  return (await openTicket()).number;
}

/** Inputs that an admin's request would carry, per action. */
export const validInput: Record<string, () => Promise<Record<string, string>>> = {
  inviteStaffAction: async () => ({ email: `new-agent-${crypto.randomUUID()}@example.test`, role: 'SUPPORT' }),
  changeRoleAction: async () => ({
    userId: (await db.user.findFirstOrThrow({ where: { email: 'admin@example.test' } })).id,
    role: 'CUSTOMER',
  }),
  markShippedAction: async () => {
    await seed(db);
    return { number: (await createOrder(db, { status: 'PAID' })).label, carrier: 'UPS', trackingNumber: '1Z999AA10123456784' };
  },
  markDeliveredAction: async () => {
    await seed(db);
    return { number: (await createOrder(db, { status: 'SHIPPED' })).label, deliveredOn: new Date().toISOString().slice(0, 10) };
  },
  updateProductAction: async () => {
    await seed(db);
    const product = await getProductOrThrow('ql-claw');
    const { slug, name, tagline, description, dimensions, materials } = product;
    const variants = product.variants.flatMap((v, i) => [
      [`variants.${i}.sku`, v.sku],
      [`variants.${i}.price`, toDecimalString(v.price)],
      [`variants.${i}.stock`, String(v.stock + 1)],
    ]);
    return {
      slug,
      name,
      tagline,
      description,
      dimensions,
      materials,
      inTheBox: product.inTheBox.join('\n'),
      ...Object.fromEntries(variants),
    };
  },
  // An edit of an existing article (creating one answers with a redirect to its editor).
  saveArticleAction: async () => {
    const fields = { title: 'Access check', excerpt: 'Who may write articles.', bodyMarkdown: 'Staff only.\n', tags: [], muscles: [] };
    const article = await db.article.upsert({ where: { slug: 'access-check' }, create: { slug: 'access-check', ...fields }, update: {} });
    return {
      id: article.id,
      title: 'Access check, edited',
      slug: 'access-check',
      excerpt: fields.excerpt,
      bodyMarkdown: fields.bodyMarkdown,
      tags: 'staff',
      intent: 'publish',
    };
  },
  approveReturnAction: async () => ({ number: await returnNumberAt('REQUESTED') }),
  rejectReturnAction: async () => ({ number: await returnNumberAt('REQUESTED'), reason: 'The photos show the item was used for months.' }),
  markReceivedAction: async () => ({ number: await returnNumberAt('APPROVED'), conditionNotes: 'As new', sellable: 'on' }),
  refundReturnAction: async () => ({ number: await returnNumberAt('RECEIVED') }),
  // The defaults, so a successful save changes nothing the other cases rely on.
  saveReturnSettingsAction: async () => ({
    autoApproveReasons: 'DID_NOT_HELP',
    refundRequiresReceipt: 'on',
    awaitItemDays: '30',
    reminderDaysBefore: '7',
  }),
  clearDisputeAction: async () => {
    await seed(db);
    const order = await createOrder(db, { status: 'DELIVERED' });
    await db.order.update({ where: { id: order.id }, data: { disputed: true } });
    return { number: order.label };
  },
  releaseOrderHoldAction: async () => {
    await seed(db);
    const order = await createOrder(db, { status: 'PAID' });
    await db.order.update({ where: { id: order.id }, data: { holdReason: 'the payment did not match the order.', heldAt: new Date() } });
    return { number: order.label };
  },
  replyAsStaffAction: async () => ({ number: await ticketNumber(), body: 'Hook it under your lowest rib.', visibility: 'public' }),
  updateTicketAction: async () => ({
    number: await ticketNumber(),
    status: 'OPEN',
    priority: 'HIGH',
    assigneeId: '',
    tags: 'access, check',
  }),
  // An edit of an existing saved reply, so repeating it succeeds.
  saveSavedReplyAction: async () => {
    const reply = await db.savedReply.upsert({
      where: { title: 'Access check' },
      create: { title: 'Access check', body: 'Hi {{firstName}}' },
      update: {},
    });
    return { id: reply.id, title: 'Access check', body: 'Hi {{firstName}}, thanks for writing.' };
  },
  deleteSavedReplyAction: async () => ({
    id: (await db.savedReply.create({ data: { title: `Delete me ${crypto.randomUUID()}`, body: 'Bye' } })).id,
  }),
  revokeOrderLinksAction: async () => {
    await seed(db);
    return { number: (await createOrder(db, { status: 'PAID' })).label };
  },
  revokeReturnLinksAction: async () => ({ number: await returnNumberAt('REQUESTED') }),
  revokeTicketLinksAction: async () => ({ number: await ticketNumber() }),
  retryJobAction: async () => {
    await installJobQueue();
    return { id: await failedJob('access-check', 'Error: the provider timed out', { permanent: true }) };
  },
};
/** Actions support agents may use; every other staff action is admin-only. */
export const supportAllowed = new Set<string>([
  'markShippedAction',
  'markDeliveredAction',
  'saveArticleAction',
  'approveReturnAction',
  'rejectReturnAction',
  'replyAsStaffAction',
  'updateTicketAction',
  'saveSavedReplyAction',
  'deleteSavedReplyAction',
  'revokeOrderLinksAction',
  'revokeReturnLinksAction',
  'revokeTicketLinksAction',
]);

/** Steps that move money, stock or roles: admins only, and only with a sign-in from the last 15 minutes. */
export const needsFreshSignIn = new Set<string>([
  'inviteStaffAction',
  'changeRoleAction',
  'markReceivedAction',
  'refundReturnAction',
  'clearDisputeAction',
]);

/** Inputs that turn an action support may take into one of those steps (a delivery back-dated by days). */
export const sensitiveInput: Record<string, () => Promise<Record<string, string>>> = {
  markDeliveredAction: async () => {
    await seed(db);
    const order = await createOrder(db, { status: 'SHIPPED', createdAt: minutesAgo(10 * 24 * 60) });
    return {
      number: order.label,
      deliveredOn: minutesAgo(5 * 24 * 60)
        .toISOString()
        .slice(0, 10),
    };
  },
};
