import Link from 'next/link';
import { AdminPageHeader } from '@/components/admin/page-header';
import { requireStaffPage } from '@/lib/auth/guards';
import { listArticlesForEditor } from '@/lib/content/editor-queries';
import { ArticleTable } from './_components/article-table';

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
      <ArticleTable articles={articles} />
    </>
  );
}
