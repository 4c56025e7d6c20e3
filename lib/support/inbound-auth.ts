/**
 * The receiving mail server's verdict on who sent a message, as it writes it in an Authentication-Results header
 * (RFC 8601). A `From:` line is only text; this verdict is what makes it believable. What counts, in order:
 *
 * 1. Only one header is read: the first (topmost) one, which the receiving server prepends, or with
 *    `INBOUND_AUTHSERV_ID` set, the first one that server wrote. Headers further down may come from the sender.
 * 2. `dmarc=pass` for the From domain (`header.from`) is accepted.
 * 3. Any other DMARC result except `none` (fail, quarantine, reject, temperror, permerror) is refused, even when
 *    DKIM or SPF passed: the domain's owner said so.
 * 4. With no DMARC policy (`dmarc=none` or no dmarc entry), `dkim=pass` whose `header.d` (or `header.i`) is aligned
 *    with the From domain, or `spf=pass` whose `smtp.mailfrom` is aligned, is accepted. Aligned: the same domain, or
 *    one a subdomain of the other (DMARC's relaxed alignment, without a public-suffix list: a signature for a bare
 *    suffix such as `co.uk` never aligns because the signing domain must contain a dot).
 * 5. Anything else, or no header at all, is refused.
 */
export interface InboundAuthConfig {
  /** `required` refuses mail without a passing verdict; `off` only for a provider that passes none on. */
  mode: 'required' | 'off';
  header: string;
  authservId?: string;
}

export type AuthVerdict = { ok: true; by: 'dmarc' | 'dkim' | 'spf' | 'not-checked' } | { ok: false; reason: string };

interface MethodResult {
  method: string;
  result: string;
  props: Record<string, string>;
}

export function parseAuthenticationResults(value: string): { authservId: string; results: MethodResult[] } {
  const clean = value.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ');
  const [head = '', ...parts] = clean.split(';');
  const results = parts.flatMap((part) => {
    const [first, ...rest] = part.trim().split(' ');
    const match = /^([a-z0-9-]+)=([a-z]+)$/i.exec(first ?? '');
    if (!match) return [];
    const props = Object.fromEntries(
      rest.map((token) => token.split('=', 2)).filter((kv): kv is [string, string] => kv.length === 2 && !!kv[1]),
    );
    return [{ method: match[1]!.toLowerCase(), result: match[2]!.toLowerCase(), props }];
  });
  return { authservId: head.trim().split(' ')[0]?.toLowerCase() ?? '', results };
}

function domainPart(value: string | undefined): string {
  return (value ?? '').split('@').pop()!.toLowerCase().replace(/[">]/g, '');
}

export function aligned(signer: string, fromDomain: string): boolean {
  if (!signer.includes('.') || !fromDomain.includes('.')) return false;
  return signer === fromDomain || signer.endsWith(`.${fromDomain}`) || fromDomain.endsWith(`.${signer}`);
}

/** The verdict on a message whose From domain is `fromDomain`, given its header values top to bottom. */
export function authenticationVerdict(values: string[], fromDomain: string, config: InboundAuthConfig): AuthVerdict {
  if (config.mode === 'off') return { ok: true, by: 'not-checked' };
  const parsed = values.map(parseAuthenticationResults);
  const wanted = config.authservId?.toLowerCase();
  const header = wanted ? parsed.find((p) => p.authservId === wanted) : parsed[0];
  if (!header) return { ok: false, reason: `No ${config.header} verdict from the receiving server.` };
  const domain = fromDomain.toLowerCase();
  const of = (method: string) => header.results.filter((r) => r.method === method);

  const dmarc = of('dmarc');
  if (dmarc.some((r) => r.result === 'pass' && (!r.props['header.from'] || domainPart(r.props['header.from']) === domain)))
    return { ok: true, by: 'dmarc' };
  const bad = dmarc.find((r) => r.result !== 'none' && r.result !== 'pass');
  if (bad) return { ok: false, reason: `DMARC ${bad.result} for ${domain}.` };
  if (of('dkim').some((r) => r.result === 'pass' && aligned(domainPart(r.props['header.d'] ?? r.props['header.i']), domain)))
    return { ok: true, by: 'dkim' };
  if (of('spf').some((r) => r.result === 'pass' && aligned(domainPart(r.props['smtp.mailfrom']), domain))) return { ok: true, by: 'spf' };
  return { ok: false, reason: `No passing DMARC, or aligned DKIM or SPF, for ${domain}.` };
}
