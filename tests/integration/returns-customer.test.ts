import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { orderLinkFor } from '@/lib/orders/links';
import { findOwnedOrder, findOwnedReturn } from '@/lib/returns/access';
import { cancelReturnAction, requestReturnAction } from '@/lib/returns/actions';
import { returnLinkFor } from '@/lib/returns/links';
import { getReturnDetail, listReturnsForCustomer } from '@/lib/returns/queries';
import { seed } from '@/prisma/seed';
import { uniqueEmail } from '../factories/email';
import { fakeImageFile, imageFile } from '../factories/files';
import { createOrder } from '../factories/orders';
import { createReturn, deliveredOrder, RETURN_DEPS } from '../factories/returns';
import { createCustomer } from '../factories/staff';
import { formData } from '../support/form-data';
import { privateUploadDir } from '../support/upload-dir';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/headers', () => import('../support/next-headers'));
vi.mock('next/navigation', async (original) => (await import('../support/next-navigation')).withThrowingRedirect(original));

const APP_URL = RETURN_DEPS.appUrl;
const uploadDir = privateUploadDir();

beforeAll(() => seed(db));
beforeEach(async () => {
  actAs(null);
  await db.rateLimitBucket.deleteMany();
});

/** A customer with an account and a delivered order of two QL Claws. */
async function customerWithOrder() {
  const viewer = await createCustomer();
  const order = await deliveredOrder({ email: viewer.email, units: 2, paid: false });
  return { viewer, order, itemId: order.itemId };
}

const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;
const alter = (token: string) => `${token.slice(0, -2)}${token.endsWith('xx') ? 'yy' : 'xx'}`;
const returnsOf = (orderId: string) => db.returnRequest.count({ where: { orderId } });
const storedFiles = () => readdir(path.join(uploadDir, 'private/returns')).catch(() => [] as string[]);

describe('who may act on an order', () => {
  it('is its customer, by account or by e-mail; anyone else, or a guessed number, finds nothing', async () => {
    const alice = await customerWithOrder();
    const bob = await customerWithOrder();
    // An order placed as a guest under another address, then tied to Alice's account.
    const linked = await createOrder(db, { email: uniqueEmail('other'), status: 'SHIPPED' });
    await db.order.update({ where: { id: linked.id }, data: { userId: alice.viewer.id } });

    expect(await findOwnedOrder({ viewer: alice.viewer, orderNumber: alice.order.number })).toMatchObject({ id: alice.order.id });
    expect(await findOwnedOrder({ viewer: alice.viewer, orderNumber: linked.number })).toMatchObject({ id: linked.id });
    expect(await findOwnedOrder({ viewer: bob.viewer, orderNumber: alice.order.number })).toBeNull();
    expect(await findOwnedOrder({ viewer: alice.viewer, orderNumber: 999_999_999 })).toBeNull();

    const token = tokenOf(orderLinkFor(APP_URL, alice.order.id, alice.order.email));
    expect(await findOwnedOrder({ orderToken: token })).toMatchObject({ id: alice.order.id });
    expect(await findOwnedOrder({ orderToken: alter(token) })).toBeNull();
    expect(await findOwnedOrder({ orderToken: tokenOf(orderLinkFor(APP_URL, alice.order.id, bob.order.email)) })).toBeNull();
    expect(await findOwnedOrder({ orderToken: null })).toBeNull();
  });

  it('refuses to start a return on someone else’s order, through the action, as "not found"', async () => {
    const alice = await customerWithOrder();
    const bob = await customerWithOrder();
    const values = { reason: 'DID_NOT_HELP', comment: '', 'items.0.orderItemId': alice.itemId, 'items.0.quantity': '1' };

    actAs(bob.viewer);
    expect(await requestReturnAction({ ok: true }, formData({ ...values, orderNumber: alice.order.label }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    actAs(null);
    expect(await requestReturnAction({ ok: true }, formData({ ...values, orderNumber: alice.order.label }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    const token = tokenOf(orderLinkFor(APP_URL, alice.order.id, alice.order.email));
    expect(await requestReturnAction({ ok: true }, formData({ ...values, token: alter(token) }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    // A return link is no order link: each token opens only what it was made for.
    const ret = await createReturn(bob.order, { reason: 'OTHER' });
    const returnToken = tokenOf(returnLinkFor(APP_URL, ret.id, bob.order.email));
    expect(await requestReturnAction({ ok: true }, formData({ ...values, token: returnToken }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await returnsOf(alice.order.id)).toBe(0);
  });
});

describe('who may see and act on a return', () => {
  it('is the customer whose order it is, or a guest holding its own unaltered link', async () => {
    const alice = await customerWithOrder();
    const bob = await customerWithOrder();
    const ret = await createReturn(alice.order, { reason: 'CHANGED_MIND' });
    const number = Number(ret.number.replace('RMA-', ''));

    expect(await findOwnedReturn({ viewer: alice.viewer, returnNumber: number })).toMatchObject({ id: ret.id });
    expect(await findOwnedReturn({ viewer: bob.viewer, returnNumber: number })).toBeNull();
    expect(await findOwnedReturn({ viewer: alice.viewer, returnNumber: 999_999_999 })).toBeNull();
    expect((await listReturnsForCustomer(alice.viewer)).map((r) => r.number)).toEqual([ret.number]);
    expect(await listReturnsForCustomer(bob.viewer)).toEqual([]);

    const token = tokenOf(returnLinkFor(APP_URL, ret.id, alice.order.email));
    expect(await findOwnedReturn({ returnToken: token })).toMatchObject({ id: ret.id });
    expect(await findOwnedReturn({ returnToken: alter(token) })).toBeNull();
    expect(await findOwnedReturn({ returnToken: tokenOf(returnLinkFor(APP_URL, ret.id, bob.order.email)) })).toBeNull();
    expect(await findOwnedReturn({ returnToken: tokenOf(orderLinkFor(APP_URL, alice.order.id, alice.order.email)) })).toBeNull();

    actAs(bob.viewer);
    expect(await cancelReturnAction({ ok: true }, formData({ returnNumber: ret.number }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await cancelReturnAction({ ok: true }, formData({ token: alter(token) }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await getReturnDetail(ret.id))!.status).toBe('REQUESTED');
  });
});

describe('requesting a return', () => {
  it('stores nothing when the input is bad: a text file named .png, no items, too many units', async () => {
    const alice = await customerWithOrder();
    actAs(alice.viewer);
    const base = {
      orderNumber: alice.order.label,
      reason: 'ARRIVED_DAMAGED',
      comment: 'Cracked',
      'items.0.orderItemId': alice.itemId,
      'items.0.quantity': '1',
    };
    const fake = fakeImageFile('damage.png');
    const filesBefore = await storedFiles();

    const photo = await requestReturnAction({ ok: true }, formData({ ...base, photos: [imageFile('ok.png'), fake] }));
    expect(photo).toMatchObject({
      ok: false,
      fieldErrors: { photos: [expect.stringMatching(/^Photo 2: .*not a PNG, JPEG or WebP image/)] },
      values: { comment: 'Cracked' },
    });
    expect(await requestReturnAction({ ok: true }, formData({ ...base, 'items.0.quantity': '0' }))).toMatchObject({
      ok: false,
      fieldErrors: { items: ['Choose at least one item to return.'] },
    });
    expect(
      await requestReturnAction({ ok: true }, formData({ ...base, 'items.0.quantity': '3', photos: [imageFile('ok.png')] })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { 'items.0.quantity': ['Only 2 can still be returned.'] },
    });
    expect(await requestReturnAction({ ok: true }, formData({ ...base, reason: 'NOPE', comment: 'x'.repeat(1001) }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: [expect.any(String)], comment: ['Keep the comment to 1000 characters.'] },
    });
    expect(await returnsOf(alice.order.id)).toBe(0);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it('records the return with its photos under private keys and opens its status page', async () => {
    const alice = await customerWithOrder();
    actAs(alice.viewer);
    const values = {
      orderNumber: alice.order.label,
      reason: 'ARRIVED_DAMAGED',
      comment: '',
      'items.0.orderItemId': alice.itemId,
      'items.0.quantity': '2',
    };
    await expect(
      requestReturnAction({ ok: true }, formData({ ...values, photos: [imageFile('a.png'), imageFile('same-again.png')] })),
    ).rejects.toThrow(/^NEXT_REDIRECT \/account\/returns\/RMA-\d+$/);
    const ret = await db.returnRequest.findFirstOrThrow({ where: { orderId: alice.order.id }, include: { items: true } });
    expect(ret).toMatchObject({
      status: 'REQUESTED',
      reason: 'ARRIVED_DAMAGED',
      comment: null,
      email: alice.order.email,
      items: [{ quantity: 2 }],
    });
    expect(ret.photoKeys).toEqual([expect.stringMatching(/^private\/returns\/[0-9a-f]{32}\.png$/)]);
    expect(await storedFiles()).toContain(path.basename(ret.photoKeys[0]!));
  });

  it('lets a guest with the order link request one, and takes them to the return’s own link', async () => {
    const guest = await customerWithOrder();
    const token = tokenOf(orderLinkFor(APP_URL, guest.order.id, guest.order.email));
    const values = { token, reason: 'DID_NOT_HELP', comment: 'Not for me', 'items.0.orderItemId': guest.itemId, 'items.0.quantity': '1' };
    // Photos for any reason but damage are dropped, not refused.
    const redirect = await requestReturnAction({ ok: true }, formData({ ...values, photos: [new File(['text'], 'x.png')] })).catch(
      (error: Error) => error.message,
    );
    expect(redirect).toMatch(/^NEXT_REDIRECT \/returns\/view\?token=/);
    const owned = await findOwnedReturn({ returnToken: new URLSearchParams(String(redirect).split('?')[1]).get('token') });
    expect(await getReturnDetail(owned!.id)).toMatchObject({
      status: 'APPROVED',
      photoCount: 0,
      comment: 'Not for me',
      items: [{ quantity: 1 }],
      cancellable: true,
    });
  });
});

describe('cancelling a return', () => {
  it('works once, for the customer and for a guest with the return link', async () => {
    const alice = await customerWithOrder();
    const [a, b] = [await createReturn(alice.order, { reason: 'DID_NOT_HELP' }), await createReturn(alice.order, { reason: 'OTHER' })];
    actAs(alice.viewer);
    await expect(cancelReturnAction({ ok: true }, formData({ returnNumber: a.number }))).rejects.toThrow(
      `NEXT_REDIRECT /account/returns/${a.number}`,
    );
    expect(await cancelReturnAction({ ok: true }, formData({ returnNumber: a.number }))).toMatchObject({ ok: false, code: 'CONFLICT' });

    actAs(null);
    const token = tokenOf(returnLinkFor(APP_URL, b.id, alice.order.email));
    await expect(cancelReturnAction({ ok: true }, formData({ token }))).rejects.toThrow(
      `NEXT_REDIRECT /returns/view?token=${encodeURIComponent(token)}`,
    );
    expect(await cancelReturnAction({ ok: true }, formData({ token }))).toMatchObject({ ok: false, code: 'CONFLICT' });
    const statuses = await db.returnRequest.findMany({
      where: { orderId: alice.order.id },
      select: { status: true, events: { where: { type: 'cancelled' }, select: { id: true } } },
    });
    expect(statuses).toEqual([
      { status: 'CANCELLED', events: [expect.anything()] },
      { status: 'CANCELLED', events: [expect.anything()] },
    ]);
  });
});
