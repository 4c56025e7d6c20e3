import Link from 'next/link';
import { ArticleStatusBadge } from '@/components/admin/article-status-badge';
import { DataTable, type Column } from '@/components/staff/data-table';
import { formatPublishTime } from '@/lib/content/schemas';
import type { EditorArticleRowDto } from '@/lib/content/editor-queries';
import { formatDate } from '@/lib/dates';

const columns: Column<EditorArticleRowDto>[] = [
  {
    header: 'Title',
    cell: (article) => (
      <>
        <Link href={`/admin/articles/${article.id}`}>{article.title}</Link>
        <span className="block font-mono text-sm font-normal text-ink-soft">/blog/{article.slug}</span>
      </>
    ),
  },
  { header: 'Status', cell: (article) => <ArticleStatusBadge status={article.status} /> },
  {
    header: 'Goes live / went live',
    cell: (article) => (article.publishedAt ? formatPublishTime(article.publishedAt) : '—'),
    className: 'text-sm',
  },
  { header: 'Updated', cell: (article) => formatDate(article.updatedAt), className: 'text-sm' },
];

const empty = <p>No articles yet.</p>;

/** Every article, drafts and scheduled ones included, newest change first. */
export function ArticleTable({ articles }: { articles: EditorArticleRowDto[] }) {
  return (
    <DataTable caption="Articles" section={{ id: 'articles-table' }} columns={columns} rows={articles} rowKey={(a) => a.id} empty={empty} />
  );
}
