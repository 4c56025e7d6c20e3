import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { completeSignInPath, signInLinkParams } from '@/lib/auth/links';

// The token is in this page's address: keep it out of the Referer of anything the page loads.
export const metadata: Metadata = { title: 'Continue signing in', robots: { index: false }, referrer: 'no-referrer' };

/**
 * Where a magic link lands. Opening it changes nothing, so a link scanner
 * that fetches it first uses up nothing; the button posts the token to
 * next-auth's callback, which signs the customer in.
 */
export default async function ContinueSignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = signInLinkParams(await searchParams);
  if (!params) {
    return (
      <div className="mx-auto max-w-md px-4 py-16 text-center sm:px-6">
        <h1 className="font-serif text-4xl font-bold">That link is incomplete</h1>
        <p className="mt-4 text-lg text-ink-soft">Open the link from the e-mail again, or ask for a new one.</p>
        <p className="mt-8">
          <Link href="/sign-in">Send a new link</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md px-4 py-16 text-center sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Continue signing in</h1>
      <p className="mt-4 text-lg text-ink-soft">
        You&apos;re signing in as <strong className="text-ink">{params.email}</strong>. Press Continue to finish.
      </p>
      <form method="post" action={completeSignInPath(params)} className="mt-8">
        <Button type="submit">Continue</Button>
      </form>
      <p className="mt-6 text-sm text-ink-soft">Not you? Close this page: nobody is signed in until the button is pressed.</p>
    </div>
  );
}
