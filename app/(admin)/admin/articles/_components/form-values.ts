import type { ArticleFormValues } from '@/components/admin/article-form';
import { formatPublishTime, toDateTimeLocalUtc } from '@/lib/content/schemas';
import type { EditorArticleDto } from '@/lib/content/editor-queries';

export const NEW_ARTICLE: ArticleFormValues = {
  id: '',
  title: '',
  slug: '',
  excerpt: '',
  bodyMarkdown: '',
  tags: '',
  muscles: [],
  seoTitle: '',
  seoDescription: '',
  coverImagePath: null,
  status: 'draft',
  publishedLabel: null,
  publishAt: '',
};

export function toArticleFormValues(article: EditorArticleDto): ArticleFormValues {
  return {
    id: article.id,
    title: article.title,
    slug: article.slug,
    excerpt: article.excerpt,
    bodyMarkdown: article.bodyMarkdown,
    tags: article.tags.join(', '),
    muscles: article.muscles,
    seoTitle: article.seoTitle ?? '',
    seoDescription: article.seoDescription ?? '',
    coverImagePath: article.coverImagePath,
    status: article.status,
    publishedLabel: article.publishedAt && formatPublishTime(article.publishedAt),
    publishAt: article.status === 'scheduled' && article.publishedAt ? toDateTimeLocalUtc(article.publishedAt) : '',
  };
}
