import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/urls';

/** Everything public may be crawled; accounts, staff, APIs and the buying flow may not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/account', '/api', '/checkout', '/cart'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
