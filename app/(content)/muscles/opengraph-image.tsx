import { shareImage, shareImageContentType, shareImageSize } from '@/components/seo/share-image';

export const alt = 'The four muscles behind lower-back spasms, on a QL Claw card';
export const size = shareImageSize;
export const contentType = shareImageContentType;

export default function Image() {
  return shareImage({ title: 'The four muscles behind lower-back spasms', kicker: 'QL Claw muscle guides' });
}
