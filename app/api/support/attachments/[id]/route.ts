import { privateFileResponse } from '@/lib/http/private-file';
import { findAttachmentForCustomer } from '@/lib/support/queries';

export const dynamic = 'force-dynamic';

/**
 * One file attached to a ticket, for whoever holds a token minted for that one file (`?token=`): the ticket page
 * renders one per file as its owner opens it, valid for minutes (lib/support/attachment-links.ts). Never a file on
 * an internal note. Everything else, an expired token or one for another file included, is a 404.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const token = new URL(request.url).searchParams.get('token');
  const attachment = await findAttachmentForCustomer(id, token);
  return privateFileResponse(attachment?.key, { fileName: attachment?.fileName });
}
