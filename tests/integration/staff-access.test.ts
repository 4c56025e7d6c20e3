import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionResult } from '@/lib/action-result';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { formData } from '../support/form-data';
import { needsFreshSignIn, sensitiveInput, supportAllowed, validInput } from '../support/staff-action-inputs';
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
