import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { refundReturnAction, saveReturnSettingsAction } from '@/lib/returns/admin-actions';
import { getReturnForStaff } from '@/lib/returns/admin-detail-queries';
import { DEFAULT_RETURN_SETTINGS } from '@/lib/returns/settings';
import { getReturnSettings } from '@/lib/returns/settings-store';
import { seed } from '@/prisma/seed';
import { returnAt, returnRow } from '../factories/returns';
import { formData } from '../support/form-data';
import * as cache from '../support/next-cache';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/cache', () => import('../support/next-cache'));

beforeAll(() => seed(db));
beforeEach(() => {
  actAs('support');
  cache.revalidatePath.mockClear();
});

describe('the return policy settings', () => {
  const valid = {
    autoApproveReasons: ['DID_NOT_HELP', 'ARRIVED_DAMAGED'],
    refundRequiresReceipt: 'on',
    awaitItemDays: '45',
    reminderDaysBefore: '10',
  };

  it('are saved by admins only, and validated', async () => {
    expect(await saveReturnSettingsAction({ ok: true }, formData(valid))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    actAs('admin');
    const refused = await saveReturnSettingsAction(
      { ok: true },
      formData({ ...valid, awaitItemDays: '3', reminderDaysBefore: 'x', autoApproveReasons: ['DID_NOT_HELP', 'FREE_MONEY'] }),
    );
    expect(refused).toMatchObject({
      ok: false,
      code: 'UNPROCESSABLE',
      values: { awaitItemDays: '3', autoApproveReasons: 'DID_NOT_HELP,FREE_MONEY' },
    });
    expect(Object.keys(refused.fieldErrors ?? {}).sort()).toEqual(['autoApproveReasons', 'awaitItemDays', 'reminderDaysBefore']);
    expect(
      await saveReturnSettingsAction({ ok: true }, formData({ ...valid, awaitItemDays: '20', reminderDaysBefore: '20' })),
    ).toMatchObject({ ok: false, fieldErrors: { reminderDaysBefore: [expect.stringMatching(/before the return expires/)] } });
    expect(await getReturnSettings()).toEqual(DEFAULT_RETURN_SETTINGS);

    expect(await saveReturnSettingsAction({ ok: true }, formData(valid))).toMatchObject({ ok: true });
    expect(await getReturnSettings()).toEqual({
      autoApproveReasons: ['DID_NOT_HELP', 'ARRIVED_DAMAGED'],
      refundRequiresReceipt: true,
      awaitItemDays: 45,
      reminderDaysBefore: 10,
    });
  });

  it('let an approved return be refunded before it arrives when receipt is not required', async () => {
    actAs('admin');
    expect(
      await saveReturnSettingsAction({ ok: true }, formData({ ...valid, autoApproveReasons: [], refundRequiresReceipt: '' })),
    ).toMatchObject({ ok: true });
    expect(await getReturnSettings()).toMatchObject({ autoApproveReasons: [], refundRequiresReceipt: false });
    const ret = await returnAt('APPROVED');
    expect((await getReturnForStaff(Number(ret.number.slice(4)), await getReturnSettings()))!.refund).toMatchObject({ kind: 'ready' });
    expect(await refundReturnAction({ ok: true }, formData({ number: ret.number }))).toMatchObject({ ok: true });
    expect((await returnRow(ret.number)).status).toBe('REFUNDED');
    expect(
      await saveReturnSettingsAction(
        { ok: true },
        formData({ ...valid, autoApproveReasons: ['DID_NOT_HELP'], awaitItemDays: '30', reminderDaysBefore: '7' }),
      ),
    ).toMatchObject({ ok: true });
  });
});
