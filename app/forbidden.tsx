import Link from 'next/link';
import { SiteChrome } from '@/components/layout/site-chrome';

export default function Forbidden() {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-2xl px-4 py-24 text-center sm:px-6">
        <p className="font-semibold text-accent">403</p>
        <h1 className="mt-2 font-serif text-4xl font-bold">This area is for QL Claw staff</h1>
        <p className="mt-4 text-lg text-ink-soft">Your account doesn&apos;t have access to it. If you think it should, ask an admin.</p>
        <p className="mt-8">
          <Link href="/account" className="rounded-full bg-teal px-6 py-3 font-semibold text-white no-underline hover:bg-teal-dark">
            Go to your account
          </Link>
        </p>
      </div>
    </SiteChrome>
  );
}
