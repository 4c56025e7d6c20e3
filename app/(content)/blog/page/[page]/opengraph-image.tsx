import { shareImage, shareImageContentType, shareImageSize } from '@/components/seo/share-image';

export const alt = 'QL Claw articles on lower-back spasms';
export const size = shareImageSize;
export const contentType = shareImageContentType;

export default function Image() {
  return shareImage({ title: 'Articles on lower-back spasms and the muscles behind them', kicker: 'QL Claw articles' });
}
