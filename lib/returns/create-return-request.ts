import 'server-only';
import { AppError } from '@/lib/errors';
import { contentKey, storage } from '@/lib/storage';
import { validateUpload, type UploadCheck } from '@/lib/storage/sniff';
import { returnWindow } from './policy';
import { PHOTO_KINDS, PHOTO_MAX_BYTES, RETURN_PHOTO_DIR, type ReturnRequestInput } from './schemas';
import { returnableUnits } from './queries';
import { requestReturn, type ReturnDeps } from './service';

/** A customer's request, refused before anything is stored: photos that are not what they claim, or more units than are left. */
export interface ReturnRequestRefused {
  ok: false;
  /** One message per bad photo, in the order they were chosen. */
  photoErrors?: string[];
  /** By order line id: why that many cannot be returned. */
  itemErrors?: Map<string, string>;
}

export type ReturnRequestOutcome = { ok: true; created: Awaited<ReturnType<typeof requestReturn>> } | ReturnRequestRefused;

/**
 * The customer's side of requesting a return: checks the photos by their
 * bytes, the window and the units left, and only then stores the photos and
 * records the request. requestReturn checks the window and units again under
 * a lock; checking here as well means a request that would be refused
 * stores no photo, and too many units is shown beside its line.
 */
export async function createReturnRequest(
  order: { id: string; status: string; shippedAt: Date | null; deliveredAt: Date | null },
  request: ReturnRequestInput,
  actor: { email: string },
  deps: ReturnDeps & { now: Date },
): Promise<ReturnRequestOutcome> {
  const photos = await Promise.all(
    request.photos.map((photo) => validateUpload(photo, { allowed: PHOTO_KINDS, maxBytes: PHOTO_MAX_BYTES })),
  );
  const photoErrors = photos.flatMap((photo, i) => (photo.ok ? [] : [`Photo ${i + 1}: ${photo.message}`]));
  if (photoErrors.length) return { ok: false, photoErrors };

  const window = returnWindow(order, deps.now);
  if (!window.open)
    throw new AppError(
      'CONFLICT',
      window.reason === 'expired'
        ? 'The 60-day return window for this order has closed.'
        : 'This order cannot be returned until it has shipped.',
    );
  const itemErrors = unitsLeftErrors(request.items, await returnableUnits(order.id));
  if (itemErrors.size) return { ok: false, itemErrors };

  const photoKeys = await storePhotos(photos);
  const { items, reason, comment } = request;
  return { ok: true, created: await requestReturn({ orderId: order.id, items, reason, comment, photoKeys }, actor, deps) };
}

function unitsLeftErrors(items: { orderItemId: string; quantity: number }[], open: Map<string, number>): Map<string, string> {
  const errors = new Map<string, string>();
  for (const { orderItemId, quantity } of items) {
    const left = open.get(orderItemId);
    if (!(quantity > 0)) continue;
    if (left === undefined) errors.set(orderItemId, 'That item is not part of this order.');
    else if (quantity > left)
      errors.set(orderItemId, left === 0 ? 'That item is already being returned.' : `Only ${left} can still be returned.`);
  }
  return errors;
}

/** Private keys: photos are shown to staff only, never served at /media. The same photo twice is stored once. */
async function storePhotos(photos: UploadCheck[]): Promise<string[]> {
  const keys: string[] = [];
  for (const photo of photos) {
    if (!photo.ok) continue;
    const key = contentKey(RETURN_PHOTO_DIR, photo.bytes, photo.extension);
    if (keys.includes(key)) continue;
    await storage().put(key, photo.bytes, photo.contentType);
    keys.push(key);
  }
  return keys;
}
