import { privateFileResponse } from '@/lib/http/private-file';
import { staffRefusal } from '@/lib/http/staff-refusal';
import { isReturnPhoto } from '@/lib/returns/admin-queries';

export const dynamic = 'force-dynamic';

/**
 * The customers' return photos, for staff only. A key is served only if it is
 * under `private/returns/` and a return lists it, so this never becomes a
 * window onto the rest of the private storage.
 */
export async function GET(_request: Request, context: { params: Promise<{ key: string[] }> }): Promise<Response> {
  const refused = await staffRefusal();
  if (refused) return refused;
  const key = (await context.params).key.join('/');
  return privateFileResponse((await isReturnPhoto(key)) ? key : null);
}
