import Link from 'next/link';
import { AdminPageHeader } from '@/components/admin/page-header';
import { requireStaffPage } from '@/lib/auth/guards';
import { listArticlesForStaff } from '@/lib/content/queries';
import { formatDate } from '@/lib/dates';

export const metadata = { title: 'Articles' };

const statusLabel = { draft: 'Draft', scheduled: 'Scheduled', published: 'Published' } as const;

export default async function AdminArticlesPage() {
  await requireStaffPage('/admin/articles');
  const articles = await listArticlesForStaff();
  return (
    <>
      <AdminPageHeader title="Articles">Everything on the blog, drafts and scheduled articles included.</AdminPageHeader>
      <div className="overflow-x-auto rounded-2xl border border-line bg-white">
        <table className="w-full text-left">
          <thead className="border-b border-line text-sm text-ink-soft">
            <tr>
              <th scope="col" className="p-4">Title</th>
              <th scope="col" className="p-4">Status</th>
              <th scope="col" className="p-4">Published</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.slug} className="border-b border-line last:border-0">
                <td className="p-4">
                  {article.status === 'published' ? <Link href={`/blog/${article.slug}`}>{article.title}</Link> : article.title}
                </td>
                <td className="p-4">{statusLabel[article.status]}</td>
                <td className="p-4 text-sm">{article.publishedAt ? formatDate(article.publishedAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
