import { GuideCard } from '@/components/content/guide-card';
import { listGuides } from '@/lib/content/guides';
import { pageMetadata } from '@/lib/seo/metadata';

export const revalidate = 60;

export const metadata = pageMetadata({
  title: 'The four muscles behind lower-back spasms',
  description:
    'Guides to the quadratus lumborum, gluteus medius, psoas and iliacus: where each one is, how it feels when tight, and how to release it.',
  path: '/muscles',
});

export default async function MusclesPage() {
  const guides = await listGuides();
  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">The four muscles behind lower-back spasms</h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-soft">
        When the lower back locks up, these four usually do the locking. Each guide covers where the muscle is, how it feels when it
        tightens, how to work on it with QL Claw, and when to see a professional instead.
      </p>
      {guides.length === 0 ? (
        <p className="mt-10">The guides are on their way.</p>
      ) : (
        <div className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {guides.map((guide) => (
            <GuideCard key={guide.slug} guide={guide} />
          ))}
        </div>
      )}
    </div>
  );
}
