import type { ArticleStatus } from '@/lib/content/queries';

const styles: Record<ArticleStatus, { label: string; className: string }> = {
  draft: { label: 'Draft', className: 'bg-line text-ink' },
  scheduled: { label: 'Scheduled', className: 'bg-accent-light text-accent' },
  published: { label: 'Published', className: 'bg-teal-light text-teal-dark' },
};

export function ArticleStatusBadge({ status }: { status: ArticleStatus }) {
  const { label, className } = styles[status];
  return <span className={`inline-block rounded-full px-3 py-0.5 text-sm font-semibold ${className}`}>{label}</span>;
}
