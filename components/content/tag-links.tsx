import Link from 'next/link';

/** "back-spasms" → "Back spasms": tags are stored as slugs and shown as words. */
export function formatTag(tag: string): string {
  const words = tag.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function tagPath(tag: string, page = 1): string {
  const base = `/blog/tag/${encodeURIComponent(tag)}`;
  return page > 1 ? `${base}/page/${page}` : base;
}

/** Tag links; `relative z-10` lifts them above a card's stretched title link. */
export function TagLinks({ tags, label = 'Tags' }: { tags: string[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="relative z-10 flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag}>
          <Link href={tagPath(tag)} prefetch={false} className="tag-link">
            {formatTag(tag)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
