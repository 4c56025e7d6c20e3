import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { Button } from '@/components/ui/button';
import { signOutAction } from '@/lib/auth/actions';
import { requireStaffPage } from '@/lib/auth/guards';

export const metadata: Metadata = { title: { default: 'Staff area', template: '%s | QL Claw staff' }, robots: { index: false } };

// Each page checks access itself too: a layout does not guard the actions its pages post to.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requireStaffPage('/admin');
  return (
    <div className="min-h-dvh bg-sand">
      <header className="border-b border-line bg-ink text-white">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-ink"
        >
          Skip to content
        </a>
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <p className="font-extrabold">
            <Link href="/admin" className="text-white no-underline">
              QL Claw staff
            </Link>
          </p>
          <div className="flex items-center gap-4 text-sm">
            <span>
              {viewer.email} · {viewer.role === 'ADMIN' ? 'Admin' : 'Support'}
            </span>
            <Link href="/" className="text-white underline">
              View store
            </Link>
            <form action={signOutAction}>
              <Button type="submit" variant="secondary" className="min-h-9 px-4 py-1 text-sm">
                Sign out
              </Button>
            </form>
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 sm:px-6 md:flex-row">
        <aside className="md:w-48 md:shrink-0">
          <AdminNav />
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
          {children}
        </main>
      </div>
    </div>
  );
}
