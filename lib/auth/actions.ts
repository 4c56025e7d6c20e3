'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { failure, formValues, invalid, type ActionResult } from '@/lib/action-result';
import { AppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { consumeAll, describeWait } from '@/lib/rate-limit/service';
import { signIn, signOut } from './config';
import { signInRateLimits } from './rate-limits';
import { signInSchema } from './schemas';

/** Public: anyone may ask for a sign-in link, within the rate limits. */
export async function requestSignInLink(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['email', 'callbackUrl']);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { email, callbackUrl } = parsed.data;

  let destination: string;
  try {
    const ip = clientIp(await headers());
    const limit = await consumeAll([
      { rule: signInRateLimits.perEmail, subject: email },
      { rule: signInRateLimits.perIp, subject: ip },
    ]);
    if (!limit.allowed) {
      throw new AppError('RATE_LIMITED', `Too many sign-in requests. Please try again ${describeWait(limit.resetAt)}.`);
    }
    destination = await signIn('email', { email, redirectTo: callbackUrl, redirect: false });
  } catch (error) {
    return failure(error, values);
  }
  // next-auth answers with an absolute URL on its own host: keep only the path.
  const next = new URL(destination, 'http://same-site.invalid');
  redirect(`${next.pathname}${next.search}`);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
