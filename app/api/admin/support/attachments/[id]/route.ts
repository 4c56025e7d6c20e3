import { privateFileResponse } from '@/lib/http/private-file';
import { staffRefusal } from '@/lib/http/staff-refusal';
import { findAttachmentForStaff } from '@/lib/support/admin-queries';

export const dynamic = 'force-dynamic';

/**
 * Files customers attached to their tickets, for staff only. Served by the
 * attachment's id, so only a file some ticket message holds can be fetched.
 */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const refused = await staffRefusal();
  if (refused) return refused;
  const attachment = await findAttachmentForStaff((await context.params).id);
  return privateFileResponse(attachment?.key, { fileName: attachment?.fileName });
}
