import { getViewer } from '@/lib/auth/session';
import { ownedTicketWheres, type TicketProof } from '@/lib/support/access';
import { findAttachmentForCustomer } from '@/lib/support/queries';
import { storage } from '@/lib/storage';

export const dynamic = 'force-dynamic';

/** Images a browser may show inline; a PDF (or anything else) is sent as a download, never rendered as a page. */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

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
  const file = attachment ? await storage().get(attachment.key) : null;
  if (!attachment || !file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  const inline = INLINE_TYPES.has(file.contentType);
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'Content-Type': inline ? file.contentType : 'application/octet-stream',
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      // Personal data: kept out of shared caches, and re-checked on every view.
      'Cache-Control': 'private, no-store',
    },
  });
}
