import { shareImage, shareImageContentType, shareImageSize } from '@/components/seo/share-image';

export const alt = 'Search QL Claw articles and muscle guides';
export const size = shareImageSize;
export const contentType = shareImageContentType;

export default function Image() {
  return shareImage({ title: 'Search the articles and muscle guides', kicker: 'QL Claw' });
}
