import { shareImage, shareImageContentType, shareImageSize } from '@/components/seo/share-image';
import { getPublishedArticle } from '@/lib/content/queries';

export const revalidate = 60;
export const alt = 'The article title on a QL Claw card';
export const size = shareImageSize;
export const contentType = shareImageContentType;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = await getPublishedArticle((await params).slug);
  return shareImage({ title: article?.title ?? 'Articles on lower-back spasms', kicker: 'QL Claw article' });
}
