import Link from 'next/link';
import { ArticleStatusBadge } from '@/components/admin/article-status-badge';
import { AdminPageHeader } from '@/components/admin/page-header';
import { requireStaffPage } from '@/lib/auth/guards';
import { formatPublishTime } from '@/lib/content/schemas';
import { listArticlesForEditor } from '@/lib/content/editor-queries';
import { formatDate } from '@/lib/dates';

export const metadata = { title: 'Articles' };

export default async function AdminArticlesPage() {
  await requireStaffPage('/admin/articles');
  const articles = await listArticlesForEditor();
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <AdminPageHeader title="Articles">Everything on the blog, drafts and scheduled articles included.</AdminPageHeader>
        <Link
          href="/admin/articles/new"
          className="inline-flex min-h-11 items-center rounded-full bg-teal px-6 py-2.5 font-semibold text-white no-underline hover:bg-teal-dark"
        >
          New article
        </Link>
      </div>
      {articles.length === 0 ? (
        <p>No articles yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-line bg-white">
          <table className="w-full text-left">
            <thead className="border-b border-line text-sm text-ink-soft">
              <tr>
                <th scope="col" className="p-4">Title</th>
                <th scope="col" className="p-4">Status</th>
                <th scope="col" className="p-4">Goes live / went live</th>
                <th scope="col" className="p-4">Updated</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => (
                <tr key={article.id} className="border-b border-line last:border-0">
                  <td className="p-4">
                    <Link href={`/admin/articles/${article.id}`} className="font-semibold">{article.title}</Link>
                    <span className="block font-mono text-sm text-ink-soft">/blog/{article.slug}</span>
                  </td>
                  <td className="p-4"><ArticleStatusBadge status={article.status} /></td>
                  <td className="p-4 text-sm">{article.publishedAt ? formatPublishTime(article.publishedAt) : '—'}</td>
                  <td className="p-4 text-sm">{formatDate(article.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
