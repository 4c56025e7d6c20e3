'use server';

import { publicAction } from '@/lib/actions/public-action';
import { enforceRateLimits, requestIp } from '@/lib/actions/rate-limits';
import { redirectTo } from '@/lib/actions/run-action';
import { signIn, signOut } from './config';
import { signInRateLimits } from './rate-limits';
import { signInSchema } from './schemas';

/** Public: anyone may ask for a sign-in link, within the rate limits. */
export const requestSignInLink = publicAction(
  { schema: signInSchema, fields: ['email', 'callbackUrl'] },
  async ({ email, callbackUrl }) => {
    await enforceRateLimits(
      [
        { rule: signInRateLimits.perEmail, subject: email },
        { rule: signInRateLimits.perIp, subject: await requestIp() },
      ],
      (wait) => `Too many sign-in requests. Please try again ${wait}.`,
    );
    const destination = await signIn('email', { email, redirectTo: callbackUrl, redirect: false });
    // next-auth answers with an absolute URL on its own host: keep only the path.
    const next = new URL(destination, 'http://same-site.invalid');
    return redirectTo(`${next.pathname}${next.search}`);
  },
);

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
