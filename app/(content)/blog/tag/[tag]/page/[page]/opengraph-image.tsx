import { formatTag } from '@/components/content/tag-links';
import { shareImage, shareImageContentType, shareImageSize } from '@/components/seo/share-image';

export const alt = 'The topic on a QL Claw card';
export const size = shareImageSize;
export const contentType = shareImageContentType;

export default async function Image({ params }: { params: Promise<{ tag: string }> }) {
  return shareImage({ title: `Articles about ${formatTag((await params).tag).toLowerCase()}`, kicker: 'QL Claw articles' });
}
