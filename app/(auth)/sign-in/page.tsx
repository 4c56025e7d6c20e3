import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { callbackPath } from '@/lib/auth/schemas';
import { getViewer } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = callbackPath.parse((await searchParams).callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-md px-4 py-16 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Sign in</h1>
      <p className="mt-3 text-lg text-ink-soft">
        No password to remember: enter your e-mail and we&apos;ll send you a link that signs you in. Orders you placed as a guest with the
        same address show up in your account.
      </p>
      <div className="mt-8 rounded-2xl border border-line bg-white p-6">
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </div>
  );
}
