import { timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { readLimitedBody } from '@/lib/http/read-body';
import { inboundResponseBody, receiveInboundEmail } from '@/lib/support/inbound';

export const dynamic = 'force-dynamic';

const MAX_BYTES = 25 * 1024 * 1024;

/**
 * The mail provider forwards replies here as raw MIME, with the shared
 * secret as a bearer token. A bad secret, a missing tag, a failed sender
 * verdict or a stranger's address is refused (4xx, JSON reason) and nothing
 * changes; a reply to a closed ticket is accepted as a follow-up (202).
 */
export async function POST(request: Request): Promise<Response> {
  const secret = env().INBOUND_MAIL_SECRET;
  if (!secret) return Response.json({ error: 'Inbound e-mail is not configured.' }, { status: 404 });
  const given = Buffer.from(request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return Response.json({ error: 'Unauthorised.' }, { status: 401 });
  }
  const body = await readLimitedBody(request, MAX_BYTES);
  const raw = body.ok ? body.bytes : null;
  if (!raw || raw.byteLength === 0) return Response.json({ error: 'Send one raw MIME message, up to 25 MB.' }, { status: 413 });
  const config = env();
  const auth = { mode: config.INBOUND_AUTH_RESULTS, header: config.INBOUND_AUTH_RESULTS_HEADER, authservId: config.INBOUND_AUTHSERV_ID };
  const result = await receiveInboundEmail(raw, { appUrl: config.APP_URL, supportAddress: config.SUPPORT_ADDRESS, auth });
  return Response.json(inboundResponseBody(result), { status: result.status });
}
