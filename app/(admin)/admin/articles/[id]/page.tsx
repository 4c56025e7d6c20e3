import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleForm } from '@/components/admin/article-form';
import { ArticleStatusBadge } from '@/components/admin/article-status-badge';
import { AdminPageHeader } from '@/components/admin/page-header';
import { requireStaffPage } from '@/lib/auth/guards';
import { articleWarnings } from '@/lib/content/claims-guard';
import { getArticleForEditor } from '@/lib/content/editor-queries';
import { toArticleFormValues } from '../_components/form-values';

export const metadata = { title: 'Edit article' };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireStaffPage(`/admin/articles/${id}`);
  const article = await getArticleForEditor(id);
  if (!article) notFound();
  const { created } = await searchParams;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/articles">All articles</Link>
      </p>
      <AdminPageHeader title="Edit article">
        <span className="flex flex-wrap items-center gap-3">
          <ArticleStatusBadge status={article.status} />
          {article.status === 'published' && <Link href={`/blog/${article.slug}`}>View on the blog</Link>}
        </span>
      </AdminPageHeader>
      {created && (
        <p role="status" className="mb-6 rounded-lg bg-teal-light px-4 py-3 font-medium text-teal-dark">
          Article created.
        </p>
      )}
      <ArticleForm article={toArticleFormValues(article)} warnings={articleWarnings(article)} />
    </>
  );
}
