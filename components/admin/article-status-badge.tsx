import { StatusBadge, type StatusLook } from '@/components/ui/status-badge';
import type { ArticleStatus } from '@/lib/content/policy';

const STATUS = {
  draft: { label: 'Draft', tone: 'neutral' },
  scheduled: { label: 'Scheduled', tone: 'warning' },
  published: { label: 'Published', tone: 'info' },
} as const satisfies Record<ArticleStatus, StatusLook>;

export function ArticleStatusBadge({ status }: { status: ArticleStatus }) {
  return <StatusBadge tone={STATUS[status].tone}>{STATUS[status].label}</StatusBadge>;
}
