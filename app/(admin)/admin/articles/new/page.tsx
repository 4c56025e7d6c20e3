import Link from 'next/link';
import { ArticleForm } from '@/components/admin/article-form';
import { AdminPageHeader } from '@/components/admin/page-header';
import { requireStaffPage } from '@/lib/auth/guards';
import { NEW_ARTICLE } from '../_components/form-values';

export const metadata = { title: 'New article' };

export default async function NewArticlePage() {
  await requireStaffPage('/admin/articles/new');
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/articles">All articles</Link>
      </p>
      <AdminPageHeader title="New article">Save it as a draft, publish it now, or schedule it.</AdminPageHeader>
      <ArticleForm article={NEW_ARTICLE} />
    </>
  );
}
