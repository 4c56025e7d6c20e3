import { shareImage, shareImageContentType, shareImageSize } from '@/components/seo/share-image';
import { getGuide } from '@/lib/content/guides';

export const revalidate = 60;
export const alt = 'The muscle guide’s title on a QL Claw card';
export const size = shareImageSize;
export const contentType = shareImageContentType;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const guide = await getGuide((await params).slug);
  return shareImage({ title: guide?.title ?? 'The four muscles behind lower-back spasms', kicker: 'QL Claw muscle guide' });
}
