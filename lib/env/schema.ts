import { z } from 'zod';
import { cacheFields } from './cache';
import { jobFields } from './jobs';
import { observabilityFields } from './observability';
import { checkStorageSettings, storageFields } from './storage';
import { isBuildPhase } from './phase';

export const DEV_AUTH_SECRET = 'development-only-secret-do-not-use-in-production';

export const schema = z
  .object({
    ...cacheFields,
    ...storageFields,
    ...jobFields,
    ...observabilityFields,
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z
      .string({ error: 'DATABASE_URL is not set: point it at PostgreSQL, or use `npm run dev`, which starts an embedded one' })
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// connection string'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    APP_URL: z.url('APP_URL must be an absolute URL such as https://qlclaw.com').default('http://localhost:3000'),
    AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters (generate one with `openssl rand -base64 32`)').optional(),
    SEED_ADMIN_EMAIL: z.email('SEED_ADMIN_EMAIL must be an e-mail address').default('admin@qlclaw.test'),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'SMTP_URL must look like smtp://user:password@host:587 (or smtps:// for implicit TLS)')
      .optional(),
    MAIL_FROM: z.string().min(3).default('QL Claw <hello@qlclaw.test>'),
    SUPPORT_ADDRESS: z.email('SUPPORT_ADDRESS must be an e-mail address').default('support@qlclaw.test'),
    INBOUND_MAIL_SECRET: z.string().min(24, 'INBOUND_MAIL_SECRET must be at least 24 characters').optional(),
    /** Inbound mail needs the receiving server's passing verdict (lib/support/inbound-auth.ts); `off` only for a provider that passes none on. */
    INBOUND_AUTH_RESULTS: z
      .enum(['required', 'off'], { error: 'INBOUND_AUTH_RESULTS must be "required" (default) or "off"' })
      .default('required'),
    INBOUND_AUTH_RESULTS_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, 'INBOUND_AUTH_RESULTS_HEADER must be a header name such as Authentication-Results')
      .default('Authentication-Results'),
    /** The authserv-id the provider writes first in that header (e.g. mx.google.com); only its verdict counts. */
    INBOUND_AUTHSERV_ID: z.string().trim().min(1).optional(),
    SUPPORT_FIRST_RESPONSE_HOURS: z.coerce.number().int().min(1).max(168).default(4),
    SUPPORT_AUTO_CLOSE_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    PAYMENTS_PROVIDER: z.enum(['stripe', 'test'], { error: 'PAYMENTS_PROVIDER must be "stripe" or "test"' }).optional(),
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_\w+$/, 'STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_… or sk_live_…)')
      .optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .startsWith('whsec_', 'STRIPE_WEBHOOK_SECRET must be the endpoint signing secret (whsec_…)')
      .optional(),
    STRIPE_API_BASE: z.url('STRIPE_API_BASE must be a URL such as http://127.0.0.1:12111').optional(),
    CHECKOUT_SESSION_MINUTES: z.coerce
      .number()
      .int()
      .min(30)
      .max(24 * 60)
      .default(30),
    CHECKOUT_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /**
     * Where customers send returns, printed on the status page and the return slip. One line per
     * `\n` (a literal backslash-n in the variable). The default is a PLACEHOLDER: configure the real warehouse.
     */
    RETURN_ADDRESS: z
      .string()
      .trim()
      .min(1)
      .transform((value) => value.replace(/\\n/g, '\n'))
      .default('QL Claw Returns\nUnit 4, Harbor Logistics Park\n2150 Commerce Way\nReno, NV 89502\nUnited States'),
    /** How many proxies stand in front of the app, each appending to X-Forwarded-For: the client is that many entries from the right. */
    TRUSTED_PROXY_HOPS: z.coerce
      .number({ error: 'TRUSTED_PROXY_HOPS must be a whole number of proxies, such as 1' })
      .int('TRUSTED_PROXY_HOPS must be a whole number of proxies, such as 1')
      .min(1, 'TRUSTED_PROXY_HOPS must be at least 1: next start does not append to X-Forwarded-For, so put a proxy in front')
      .max(10, 'TRUSTED_PROXY_HOPS must be at most 10')
      .optional(),
    /** A header the hosting platform sets to the client's address itself (cf-connecting-ip, fly-client-ip): used instead of X-Forwarded-For. */
    CLIENT_IP_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, 'CLIENT_IP_HEADER must be a header name such as cf-connecting-ip')
      .transform((name) => name.toLowerCase())
      .optional(),
    /** Checkout hoarding limits (see "Security" in the README). */
    CHECKOUT_UNPAID_SHARE_PERCENT: z.coerce.number().int().min(0).max(90).default(50),
    CHECKOUT_CLIENT_MAX_RESERVED_SESSIONS: z.coerce.number().int().min(0).max(50).default(2),
    CHECKOUT_CLIENT_MAX_RESERVED_UNITS: z.coerce.number().int().min(0).max(500).default(10),
    CHECKOUT_STARTS_PER_IP_HOUR: z.coerce.number().int().min(1).max(10_000).default(20),
    CHECKOUT_STARTS_PER_CART_HOUR: z.coerce.number().int().min(1).max(1000).default(6),
  })
  .superRefine((value, ctx) => {
    // `next build` runs with NODE_ENV=production but serves nobody: secrets are checked when a server starts.
    if (value.NODE_ENV === 'production' && !value.AUTH_SECRET && !isBuildPhase()) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_SECRET'], message: 'AUTH_SECRET is required in production' });
    }
    if (value.NODE_ENV === 'production' && !value.SMTP_URL && !isBuildPhase()) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message: 'SMTP_URL is required in production: without it no e-mail (sign-in links, receipts) can be sent',
      });
    }
  })
  .superRefine((value, ctx) => {
    // Every per-IP limit counts by this address: in production the operator must say where it comes from.
    if (value.TRUSTED_PROXY_HOPS !== undefined && value.CLIENT_IP_HEADER) {
      ctx.addIssue({ code: 'custom', path: ['CLIENT_IP_HEADER'], message: 'set CLIENT_IP_HEADER or TRUSTED_PROXY_HOPS, not both' });
    }
    if (value.NODE_ENV === 'production' && value.TRUSTED_PROXY_HOPS === undefined && !value.CLIENT_IP_HEADER && !isBuildPhase()) {
      ctx.addIssue({
        code: 'custom',
        path: ['TRUSTED_PROXY_HOPS'],
        message:
          "TRUSTED_PROXY_HOPS or CLIENT_IP_HEADER is required in production: the number of proxies in front of the app, or the platform's client-address header",
      });
    }
  })
  .superRefine(checkStorageSettings)
  .superRefine((value, ctx) => {
    const provider = value.PAYMENTS_PROVIDER ?? (value.STRIPE_SECRET_KEY ? 'stripe' : 'test');
    if (provider === 'stripe' && !value.STRIPE_SECRET_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_SECRET_KEY'],
        message: 'STRIPE_SECRET_KEY is required when PAYMENTS_PROVIDER is "stripe"',
      });
    }
    if (provider === 'stripe' && !value.STRIPE_WEBHOOK_SECRET && value.NODE_ENV === 'production' && !isBuildPhase()) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_WEBHOOK_SECRET'],
        message: 'STRIPE_WEBHOOK_SECRET is required in production: without it no payment is ever confirmed',
      });
    }
    if (provider === 'test' && value.NODE_ENV === 'production' && value.PAYMENTS_PROVIDER !== 'test' && !isBuildPhase()) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_SECRET_KEY'],
        message: 'no STRIPE_SECRET_KEY in production: set it, or set PAYMENTS_PROVIDER=test to run a store that takes no real payments',
      });
    }
  })
  .transform((value) => ({
    ...value,
    AUTH_SECRET: value.AUTH_SECRET ?? DEV_AUTH_SECRET,
    PAYMENTS_PROVIDER: value.PAYMENTS_PROVIDER ?? (value.STRIPE_SECRET_KEY ? ('stripe' as const) : ('test' as const)),
  }));
