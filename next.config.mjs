import { fileURLToPath } from 'node:url';

/**
 * The policy of every page that is not rendered per request (home, products, articles…). Their HTML is built once,
 * so it cannot carry a per-request nonce and Next's inline scripts need 'unsafe-inline'; everything else is as strict
 * as on the dynamic pages. proxy.ts replaces this header, same key, with a nonce policy on the dynamic pages.
 * form-action allows Stripe Checkout: Chromium checks it on the redirect a server action answers with.
 */
export const STATIC_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // `next dev` evaluates modules with eval() for fast refresh; a production build never does.
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === 'production' ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self' https://checkout.stripe.com",
  "frame-ancestors 'none'",
].join('; ');

/** Two years, subdomains included; sent by production builds only (a browser ignores it over plain HTTP anyway). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The container image (Dockerfile) runs Next's standalone server; `next start` cannot serve that output, so it is
  // switched on only for the image's build.
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' } : {}),
  poweredByHeader: false,
  typedRoutes: false,
  // Loaded from node_modules, not bundled: one prom-client registry per process, shared with cache-handler.mjs;
  // @sentry/node hooks Node's module loader, which a bundle would defeat (loaded only when SENTRY_DSN is set).
  serverExternalPackages: ['prom-client', 'pino', 'graphile-worker', '@redis/client', '@fortedigital/nextjs-cache-handler', '@sentry/node'],
  // The page cache: Next's own unless REDIS_URL is set at start-up, then shared through Redis (lib/cache). Always
  // configured, so one build serves both. cacheMaxMemorySize stays at Next's default: without Redis the handler is
  // Next's file-system cache, whose in-memory layer keeps pages off the disk; the Redis handler does not use it.
  cacheHandler: fileURLToPath(new URL('./lib/cache/cache-handler.mjs', import.meta.url)),
  // Covers link under S3_PUBLIC_URL when it is set (lib/storage/urls.ts): let next/image fetch from there.
  images: { remotePatterns: publicFilePatterns(process.env.S3_PUBLIC_URL) },
  // forbidden() renders app/forbidden.tsx with a 403 status.
  experimental: {
    authInterrupts: true,
    // Files are posted to server actions: article covers and return photos (5 MB each), support attachments
    // (up to 5 of 10 MB). Each is checked by its bytes in the action; this is only Next's outer bound, and only
    // the upload pages may use it: proxy.ts holds every other request body to 1 MB (lib/http/body-limit.ts).
    serverActions: { bodySizeLimit: '52mb' },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
          // Lower-case: the proxy's nonce policy is set under the same key and replaces it.
          { key: 'content-security-policy', value: STATIC_CONTENT_SECURITY_POLICY },
          ...(process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY }] : []),
        ],
      },
    ];
  },
};

/** The image optimizer's allow-list for S3_PUBLIC_URL: its origin, under its path only. */
function publicFilePatterns(base) {
  if (!base || !URL.canParse(base)) return [];
  const url = new URL(base);
  return [new URL(`${url.pathname.replace(/\/+$/, '')}/public/**`, url)];
}

export default nextConfig;
