'use server';

import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { failure, type ActionResult } from '@/lib/action-result';
import { getViewer } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { parseOrderNumber } from '@/lib/orders/format';
import { contentKey, storage } from '@/lib/storage';
import { validateUpload, type UploadCheck } from '@/lib/storage/sniff';
import { findOwnedOrder, findOwnedReturn, guestReturnPath } from './access';
import { returnWindow } from './policy';
import { PHOTO_KINDS, PHOTO_MAX_BYTES, readReturnForm, returnFormValues, returnRequestSchema } from './schemas';
import { returnableUnits } from './queries';
import { requestReturn } from './service';
import { formatReturnNumber, parseReturnNumber } from './format';
import { getReturnSettings } from './settings-store';
import { cancelReturn } from './steps';

/**
 * The customer's return actions. Each is a public endpoint: it proves who is
 * asking itself (an account, or a signed link posted back as `token`), and
 * anything it cannot tie to the caller is "not found".
 */

const PHOTO_PREFIX = 'private/returns';

export async function requestReturnAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const input = readReturnForm(formData);
  const values = returnFormValues(input);
  let destination: string;
  try {
    const now = new Date();
    const viewer = await getViewer();
    const token = formData.get('token');
    const number = parseOrderNumber(String(formData.get('orderNumber') ?? ''));
    const order =
      typeof token === 'string' ? await findOwnedOrder({ orderToken: token }, { now })
      : viewer && number ? await findOwnedOrder({ viewer, orderNumber: number }, { now })
      : null;
    if (!order) throw new AppError('NOT_FOUND', 'We could not find that order.');

    const parsed = returnRequestSchema.safeParse(input);
    const photos: UploadCheck[] = parsed.success ? await Promise.all(parsed.data.photos.map((p) => validateUpload(p, { allowed: PHOTO_KINDS, maxBytes: PHOTO_MAX_BYTES }))) : [];
    const fieldErrors: Record<string, string[]> = parsed.success ? {} : fieldErrorsOf(parsed.error);
    const photoErrors = photos.flatMap((p, i) => (p.ok ? [] : [`Photo ${i + 1}: ${p.message}`]));
    if (photoErrors.length) fieldErrors.photos = photoErrors;
    if (!parsed.success || photoErrors.length) return refused(fieldErrors, values);

    // Checked here as well as in requestReturn, so a request that would be refused stores no photo.
    const window = returnWindow(order, now);
    if (!window.open) throw new AppError('CONFLICT', window.reason === 'expired' ? 'The 60-day return window for this order has closed.' : 'This order cannot be returned until it has shipped.');
    const open = await returnableUnits(order.id);
    const tooMany = quantityErrors(input.items, open);
    if (Object.keys(tooMany).length) return refused(tooMany, values);

    const photoKeys = await storePhotos(photos);
    const created = await requestReturn(
      { orderId: order.id, items: parsed.data.items, reason: parsed.data.reason, comment: parsed.data.comment, photoKeys },
      { email: typeof token === 'string' || !viewer ? order.email : viewer.email },
      { appUrl: env().APP_URL, now, settings: await getReturnSettings() },
    );
    destination = typeof token === 'string' ? guestReturnPath(created.id, order.email, now) : `/account/returns/${created.number}`;
  } catch (error) {
    return failure(error, values);
  }
  redirect(destination);
}

export async function cancelReturnAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  let destination: string;
  try {
    const viewer = await getViewer();
    const token = formData.get('token');
    const number = parseReturnNumber(String(formData.get('returnNumber') ?? ''));
    const ret =
      typeof token === 'string' ? await findOwnedReturn({ returnToken: token })
      : viewer && number ? await findOwnedReturn({ viewer, returnNumber: number })
      : null;
    if (!ret) throw new AppError('NOT_FOUND', 'We could not find that return.');
    await cancelReturn(ret.id, typeof token === 'string' || !viewer ? ret.email : viewer.email, { appUrl: env().APP_URL });
    destination = typeof token === 'string' ? `/returns/view?token=${encodeURIComponent(token)}` : `/account/returns/${formatReturnNumber(ret.number)}`;
  } catch (error) {
    return failure(error);
  }
  redirect(destination);
}

function refused(fieldErrors: Record<string, string[]>, values: Record<string, string>): ActionResult {
  return { ok: false, code: 'UNPROCESSABLE', message: 'Please correct the highlighted fields.', fieldErrors, values };
}

/** Errors keyed by the input they belong to (`items.0.quantity`), so each shows beside its field. */
function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

function quantityErrors(items: { orderItemId: string; quantity: string }[], open: Map<string, number>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  items.forEach((item, i) => {
    const wanted = Number(item.quantity);
    const left = open.get(item.orderItemId);
    if (!(wanted > 0)) return;
    if (left === undefined) errors[`items.${i}.quantity`] = ['That item is not part of this order.'];
    else if (wanted > left) errors[`items.${i}.quantity`] = [left === 0 ? 'That item is already being returned.' : `Only ${left} can still be returned.`];
  });
  return errors;
}

/** Private keys: photos are shown to staff only, never served at /media. The same photo twice is stored once. */
async function storePhotos(photos: UploadCheck[]): Promise<string[]> {
  const keys: string[] = [];
  for (const photo of photos) {
    if (!photo.ok) continue;
    const key = contentKey(PHOTO_PREFIX, photo.bytes, photo.extension);
    if (keys.includes(key)) continue;
    await storage().put(key, photo.bytes, photo.contentType);
    keys.push(key);
  }
  return keys;
}
