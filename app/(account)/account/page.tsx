import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { signOutAction } from '@/lib/auth/actions';
import { requireViewer } from '@/lib/auth/guards';
import { isStaff } from '@/lib/auth/policy';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

const sections = [
  { id: 'orders', title: 'Orders', empty: 'You have no orders yet.', cta: { href: '/products/ql-claw', label: 'Shop QL Claw' } },
  { id: 'returns', title: 'Returns', empty: 'No returns. Every order has a 60-day money-back guarantee.', cta: null },
  { id: 'support', title: 'Support conversations', empty: 'No conversations with support yet.', cta: null },
] as const;

export default async function AccountPage() {
  const viewer = await requireViewer('/account');
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-4xl font-bold">Your account</h1>
          <p className="mt-2 text-ink-soft">
            Signed in as <strong className="text-ink">{viewer.email}</strong>
          </p>
        </div>
        <form action={signOutAction}>
          <Button variant="secondary" type="submit">Sign out</Button>
        </form>
      </div>
      {isStaff(viewer.role) && (
        <p className="mt-6 rounded-lg bg-teal-light px-4 py-3">
          You are on the staff. <Link href="/admin">Open the staff area</Link>
        </p>
      )}
      <div className="mt-10 flex flex-col gap-6">
        {sections.map((section) => (
          <section key={section.id} aria-labelledby={`${section.id}-heading`} className="rounded-2xl border border-line bg-white p-6">
            <h2 id={`${section.id}-heading`} className="text-xl font-bold">{section.title}</h2>
            <p className="mt-2 text-ink-soft">{section.empty}</p>
            {section.cta && (
              <Link href={section.cta.href} className="mt-3 inline-block font-semibold">{section.cta.label}</Link>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
