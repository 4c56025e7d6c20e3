import { getViewer } from '@/lib/auth/session';
import { privateFileResponse } from '@/lib/http/private-file';
import { ownedTicketWheres, type TicketProof } from '@/lib/support/access';
import { findAttachmentForCustomer } from '@/lib/support/queries';

export const dynamic = 'force-dynamic';

/**
 * One file attached to a ticket, for the ticket's owner only: a signed-in
 * customer whose ticket it is, or anyone holding the ticket's signed link
 * (`?token=`). Never a file on an internal note. Everything else is a 404,
 * whether the file exists or not.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const token = new URL(request.url).searchParams.get('token');
  const viewer = await getViewer();
  const proofs: TicketProof[] = [...(token ? [{ ticketToken: token }] : []), ...(viewer ? [{ viewer }] : [])];
  const attachment = await findAttachmentForCustomer(id, ownedTicketWheres(proofs));
  return privateFileResponse(attachment?.key, { fileName: attachment?.fileName });
}
