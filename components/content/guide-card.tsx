import Image from 'next/image';
import Link from 'next/link';
import type { GuideSummaryDto } from '@/lib/content/guides';

export function GuideCard({ guide, headingLevel: Heading = 'h2' }: { guide: GuideSummaryDto; headingLevel?: 'h2' | 'h3' }) {
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-2xl border border-line bg-white shadow-sm transition hover:shadow-md">
      <Image
        src={guide.illustration.src}
        alt={guide.illustration.alt}
        width={600}
        height={600}
        className="aspect-square w-full bg-sand object-contain"
      />
      <div className="flex flex-1 flex-col gap-2 p-5">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">{guide.shortName}</p>
        <Heading className="text-xl leading-snug font-bold">
          <Link href={`/muscles/${guide.slug}`} className="text-ink no-underline group-hover:underline after:absolute after:inset-0">
            {guide.name}
          </Link>
        </Heading>
        <p className="text-ink-soft">{guide.excerpt}</p>
      </div>
    </article>
  );
}
