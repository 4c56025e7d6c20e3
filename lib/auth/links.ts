/**
 * Where a magic link points. next-auth's callback consumes the token on
 * whatever request reaches it, and link scanners (Outlook Safe Links and the
 * like) GET every link in a message before the customer does. So the e-mail
 * links to a Continue page, which changes nothing, and its button POSTs to the
 * callback. A GET of the callback itself is turned back to that page.
 */
export const CONTINUE_PATH = '/sign-in/continue';
export const EMAIL_CALLBACK_PATH = '/api/auth/callback/email';

/** The parameters a sign-in link carries, as next-auth writes them. */
export interface SignInLinkParams {
  token: string;
  email: string;
  callbackUrl: string;
}

export function signInLinkParams(search: URLSearchParams | Record<string, string | string[] | undefined>): SignInLinkParams | null {
  const read = (key: string) => {
    const value = search instanceof URLSearchParams ? search.get(key) : search[key];
    return typeof value === 'string' ? value : '';
  };
  const token = read('token');
  const email = read('email');
  if (!token || !email) return null;
  return { token, email, callbackUrl: read('callbackUrl') };
}

function withParams(path: string, params: SignInLinkParams): string {
  return `${path}?${new URLSearchParams({ callbackUrl: params.callbackUrl, token: params.token, email: params.email })}`;
}

/** The page the e-mail links to, on the same origin as next-auth's callback URL. */
export function continueUrlFor(callbackUrl: string): string {
  const url = new URL(callbackUrl);
  const params = signInLinkParams(url.searchParams);
  if (!params) return callbackUrl;
  return new URL(withParams(CONTINUE_PATH, params), url.origin).toString();
}

export function continuePath(params: SignInLinkParams): string {
  return withParams(CONTINUE_PATH, params);
}

/** Where the Continue button posts: next-auth completes an e-mail sign-in from the query of a POST too. */
export function completeSignInPath(params: SignInLinkParams): string {
  return withParams(EMAIL_CALLBACK_PATH, params);
}
