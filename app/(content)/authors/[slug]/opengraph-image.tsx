import { shareImage, shareImageContentType, shareImageSize } from '@/components/seo/share-image';
import { getAuthorWithArticles } from '@/lib/content/author-queries';

export const revalidate = 60;
export const alt = 'The author’s name on a QL Claw card';
export const size = shareImageSize;
export const contentType = shareImageContentType;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const author = await getAuthorWithArticles((await params).slug);
  return shareImage({ title: author?.name ?? 'QL Claw authors', kicker: 'Who writes here' });
}
