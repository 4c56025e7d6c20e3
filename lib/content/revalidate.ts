import 'server-only';
import { revalidatePath } from 'next/cache';

/**
 * After any article change. An article shows on its own page, the blog
 * index, tag, guide and author pages and the home page; rather than list
 * them (and miss the next one added), every prerendered page under the root
 * layout is refreshed at once, no rebuild needed. The sitemap and the feed
 * are route handlers outside any layout, so they are named.
 */
export function revalidateContent(): void {
  revalidatePath('/', 'layout');
  revalidatePath('/sitemap.xml');
  revalidatePath('/blog/rss.xml');
}
