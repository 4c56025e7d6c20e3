import 'server-only';
import { z } from 'zod';
import { db, type DbOrTx } from '@/lib/db';
import { RETURN_REASONS } from './schemas';
import { DEFAULT_RETURN_SETTINGS, type ReturnSettings } from './settings';

/** The return policy as staff last saved it, or the defaults. */
const KEY = 'returns';

export const returnSettingsSchema = z.object({
  autoApproveReasons: z.array(z.enum(RETURN_REASONS)),
  refundRequiresReceipt: z.boolean(),
  awaitItemDays: z.number().int().min(7, 'Give customers at least 7 days to send the item.').max(120),
  reminderDaysBefore: z.number().int().min(1).max(30),
});

export async function getReturnSettings(client: DbOrTx = db): Promise<ReturnSettings> {
  const row = await client.storeSetting.findUnique({ where: { key: KEY }, select: { value: true } });
  const parsed = returnSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_RETURN_SETTINGS;
}

export async function saveReturnSettings(settings: ReturnSettings, actor: string, client: DbOrTx = db): Promise<void> {
  const value = returnSettingsSchema.parse(settings);
  await client.storeSetting.upsert({
    where: { key: KEY },
    create: { key: KEY, value, updatedBy: actor },
    update: { value, updatedBy: actor },
  });
}
