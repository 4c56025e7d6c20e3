import { AdminPageHeader } from './page-header';

/** A staff section whose feature has not shipped yet: says so plainly. */
export function SectionNotLive({ title, description }: { title: string; description: string }) {
  return (
    <>
      <AdminPageHeader title={title}>{description}</AdminPageHeader>
      <p className="rounded-2xl border border-dashed border-line bg-white p-6 text-ink-soft">Nothing to handle here yet.</p>
    </>
  );
}
