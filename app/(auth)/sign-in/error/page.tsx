import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Sign-in problem', robots: { index: false } };

const explanations: Record<string, string> = {
  Verification: 'That sign-in link has expired or has already been used. Links work once, for an hour.',
  AccessDenied: 'That account is not allowed to sign in here.',
  Configuration: 'Sign-in is not working on our side right now. Please try again in a few minutes.',
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const explanation = (error && explanations[error]) ?? 'Something went wrong while signing you in.';
  return (
    <div className="mx-auto max-w-md px-4 py-16 text-center sm:px-6">
      <h1 className="font-serif text-4xl font-bold">We couldn&apos;t sign you in</h1>
      <p className="mt-4 text-lg text-ink-soft">{explanation}</p>
      <p className="mt-8">
        <Link href="/sign-in" className="rounded-full bg-teal px-6 py-3 font-semibold text-white no-underline hover:bg-teal-dark">
          Send a new link
        </Link>
      </p>
    </div>
  );
}
