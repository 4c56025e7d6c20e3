import type { ReactNode } from 'react';

export function AdminPageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      {children && <div className="mt-2 text-ink-soft">{children}</div>}
    </div>
  );
}
