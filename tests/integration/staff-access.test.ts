import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionResult } from '@/lib/action-result';
import type { Viewer } from '@/lib/auth/session';
import { getProductOrThrow } from '@/lib/catalog/queries';
import { db } from '@/lib/db';
import { toDecimalString } from '@/lib/money';
import { seed } from '@/prisma/seed';
import { createOrder } from '../factories/orders';
import { returnAt } from '../factories/returns';
import { openTicket } from '../factories/tickets';
import { formData } from '../support/form-data';
import { actAs, minutesAgo, people } from '../support/viewer';

// Stand in for next-auth: each case decides who is asking.
vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/cache', () => import('../support/next-cache'));

/**
 * Every staff-only server action (any export of a lib/<domain>/admin-actions.ts
 * file) and every route handler under app/api/admin, found on disk so a new one
 * cannot be left out. Each is called as an anonymous visitor, a customer and
 * (for admin-only ones) a support agent, with input that would succeed for an
 * admin, and must refuse without changing the database.
 */
const root = path.resolve(import.meta.dirname, '../..');
const actionFiles = readdirSync(path.join(root, 'lib'), { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('admin-actions.ts'),
);
const routeFiles = readdirSync(path.join(root, 'app'), { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.startsWith(path.join('api', 'admin')) && f.endsWith('route.ts'),
);

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
const validInput: Record<string, () => Promise<Record<string, string>>> = {
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
};
/** Actions support agents may use; every other staff action is admin-only. */
const supportAllowed = new Set<string>([
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
const needsFreshSignIn = new Set<string>([
  'inviteStaffAction',
  'changeRoleAction',
  'markReceivedAction',
  'refundReturnAction',
  'clearDisputeAction',
]);

/** Inputs that turn an action support may take into one of those steps (a delivery back-dated by days). */
const sensitiveInput: Record<string, () => Promise<Record<string, string>>> = {
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

const callers = { anonymous: people.anonymous, customer: people.customer, support: people.support } satisfies Record<string, Viewer | null>;

async function snapshot() {
  const [users, outbox, sessions, orders, variants, articles, returns, refunds, settings, disputed, tickets, messages, savedReplies] =
    await Promise.all([
      db.user.findMany({ select: { email: true, role: true }, orderBy: { email: 'asc' } }),
      db.outboxMessage.count(),
      db.session.count(),
      db.order.findMany({ select: { number: true, status: true }, orderBy: { number: 'asc' } }),
      db.productVariant.findMany({ select: { sku: true, priceCents: true, stock: true }, orderBy: { sku: 'asc' } }),
      db.article.findMany({ select: { slug: true, title: true, publishedAt: true, updatedAt: true }, orderBy: { slug: 'asc' } }),
      db.returnRequest.findMany({
        select: { number: true, status: true, rejectionReason: true, restocked: true, updatedAt: true },
        orderBy: { number: 'asc' },
      }),
      db.refund.findMany({ select: { idempotencyKey: true, status: true, amountCents: true }, orderBy: { idempotencyKey: 'asc' } }),
      db.storeSetting.findMany({ select: { key: true, value: true, updatedAt: true }, orderBy: { key: 'asc' } }),
      db.order.count({ where: { disputed: true } }),
      db.ticket.findMany({
        select: { number: true, status: true, priority: true, assigneeId: true, tags: true, firstResponseAt: true, updatedAt: true },
        orderBy: { number: 'asc' },
      }),
      db.ticketMessage.count(),
      db.savedReply.findMany({ select: { id: true, title: true, body: true, updatedAt: true }, orderBy: { title: 'asc' } }),
    ]);
  return { users, outbox, sessions, orders, variants, articles, returns, refunds, settings, disputed, tickets, messages, savedReplies };
}

beforeEach(async () => {
  await db.user.upsert({
    where: { email: 'admin@example.test' },
    create: { email: 'admin@example.test', role: 'ADMIN' },
    update: { role: 'ADMIN' },
  });
  await db.user.upsert({
    where: { email: 'second-admin@example.test' },
    create: { email: 'second-admin@example.test', role: 'ADMIN' },
    update: { role: 'ADMIN' },
  });
});

type StaffFormAction = (prev: ActionResult, data: FormData) => Promise<ActionResult>;

async function adminActions(): Promise<[string, StaffFormAction][]> {
  const actions: [string, StaffFormAction][] = [];
  for (const file of actionFiles) {
    const exported = (await import(path.join(root, 'lib', file))) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(exported)) if (typeof fn === 'function') actions.push([name, fn as StaffFormAction]);
  }
  return actions;
}

describe('staff-only server actions', async () => {
  const actions = await adminActions();

  it('are all found, and each has a known valid input', () => {
    expect(actions.map(([name]) => name)).toEqual(expect.arrayContaining(['inviteStaffAction', 'changeRoleAction']));
    for (const [name] of actions) expect(validInput, `add a valid input for ${name}`).toHaveProperty(name);
  });

  for (const [label, person] of Object.entries(callers)) {
    it(`refuse ${label === 'support' ? 'support agents (admin-only ones)' : `${label} callers`} and change nothing`, async () => {
      for (const [name, action] of actions) {
        if (label === 'support' && supportAllowed.has(name)) continue;
        actAs(person);
        const form = formData(await validInput[name]!());
        const before = await snapshot();
        const result = await action({ ok: true }, form);
        expect(result, `${name} as ${label}`).toMatchObject({ ok: false, code: person ? 'FORBIDDEN' : 'UNAUTHENTICATED' });
        expect(await snapshot(), `${name} as ${label} changed data`).toEqual(before);
      }
    });
  }

  it('succeed for an admin with the same input (so the refusals above are real)', async () => {
    for (const [name, action] of actions) {
      actAs('admin');
      const form = formData(await validInput[name]!());
      expect(await action({ ok: true }, form), name).toMatchObject({ ok: true });
    }
  });
});

describe('money, stock and role steps', async () => {
  const actions = await adminActions();
  const sensitive = [
    ...actions.filter(([name]) => needsFreshSignIn.has(name)).map(([name, action]) => [name, action, validInput[name]!] as const),
    ...actions.filter(([name]) => name in sensitiveInput).map(([name, action]) => [name, action, sensitiveInput[name]!] as const),
  ];

  it('are refused to support agents, even in actions they may otherwise take', async () => {
    for (const [name, action] of actions.filter(([name]) => name in sensitiveInput)) {
      actAs('support');
      const form = formData(await sensitiveInput[name]!());
      const before = await snapshot();
      expect(await action({ ok: true }, form), name).toMatchObject({ ok: false, code: 'FORBIDDEN', message: /^Only admins can/ });
      expect(await snapshot(), `${name} as support changed data`).toEqual(before);
    }
  });

  it('are refused to an admin signed in over 15 minutes ago, who is e-mailed a fresh link and nothing else changes', async () => {
    expect(sensitive.map(([name]) => name).sort()).toEqual([...needsFreshSignIn, ...Object.keys(sensitiveInput)].sort());
    for (const [name, action, input] of sensitive) {
      actAs({ ...people.admin, email: `admin+${name.toLowerCase()}@example.test` }, { signedInAt: minutesAgo(16) });
      const form = formData(await input());
      const { outbox, ...before } = await snapshot();
      const result = await action({ ok: true }, form);
      expect(result, name).toMatchObject({ ok: false, code: 'UNAUTHENTICATED', message: /sign-in from the last 15 minutes/ });
      const { outbox: outboxAfter, ...after } = await snapshot();
      expect(after, `${name} with a stale sign-in changed data`).toEqual(before);
      expect(outboxAfter, `${name}: a fresh sign-in link is queued`).toBe(outbox + 1);
    }
  });

  it('go through for an admin who signed in just now, and the other actions do not ask for it', async () => {
    for (const [name, action, input] of sensitive) {
      actAs('admin', { signedInAt: minutesAgo(14) });
      expect(await action({ ok: true }, formData(await input())), name).toMatchObject({ ok: true });
    }
    for (const [name, action] of actions.filter(([name]) => !needsFreshSignIn.has(name))) {
      actAs('admin', { signedInAt: minutesAgo(7 * 60) });
      expect(await action({ ok: true }, formData(await validInput[name]!())), name).toMatchObject({ ok: true });
    }
  });
});

// Route handlers for staff live under app/api/admin; there are none yet, and each one added is checked here.
describe.runIf(routeFiles.length > 0)('staff-only route handlers', () => {
  it.each(routeFiles)('%s refuses anonymous visitors and customers', async (file) => {
    const handlers = (await import(path.join(root, 'app', file))) as Record<string, (req: Request) => Promise<Response>>;
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => m in handlers)) {
      for (const person of [people.anonymous, people.customer]) {
        actAs(person);
        const response = await handlers[method]!(new Request('http://localhost/api/admin', { method }));
        expect(response.status).toBe(person ? 403 : 401);
      }
    }
  });
});
