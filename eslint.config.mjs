import { readdirSync } from 'node:fs';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * Boundaries (ARCHITECTURE.md). Type-only imports may cross any of them:
 * DTO types are how layers talk.
 * - Domains in lib/ reach each other only through public entry points: the
 *   conventional files every domain may have, plus the extras it declares.
 * - components/ import only schemas, formatters, labels, policies and
 *   actions (and the shared money, dates, site and urls helpers).
 * - app/ never imports lib/db; pages, layouts and their _components never
 *   import a domain's service (route handlers are entry points like actions).
 */
const PUBLIC_FILES = ['index', 'schemas', 'admin-schemas', 'policy', 'queries', 'admin-queries', 'service', 'format', 'labels'];
const ENTRY_POINTS = {
  actions: ['public-action', 'staff-action', 'rate-limits', 'run-action'],
  auth: ['guards', 'session'],
  cache: ['expire', 'status'],
  cart: ['current'],
  catalog: ['stock-pages'],
  checkout: ['fulfil', 'sweep'],
  email: [
    'outbox',
    'delivery',
    'configured-transport',
    'order-emails',
    'return-emails',
    'ticket-emails',
    'templates',
    'link-emails',
    'sanitize',
  ],
  jobs: ['queue', 'schedule'],
  http: ['client-ip', 'responses', 'private-file', 'staff-refusal'],
  observability: ['log', 'metrics', 'error-reporting', 'request-id', 'start'],
  orders: ['disputes', 'links', 'link-access'],
  payments: ['fulfil-task', 'payment-job'],
  returns: ['refund-events', 'settings-store', 'steps'],
  storage: ['sniff', 'status'],
};
const domains = readdirSync(new URL('./lib', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'db')
  .map((entry) => entry.name);
const publicOf = (domain) => [...PUBLIC_FILES, ...(ENTRY_POINTS[domain] ?? [])].join('|');

/** Any `@/lib/<other>/<file>` that is not one of <other>'s entry points. */
function internalsOfOthers(self) {
  const allowed = domains.filter((d) => d !== self).map((d) => `${d}/(?:${publicOf(d)})$`);
  return `^@/lib/(?!${self}/|db(?:/|$)|(?:${allowed.join('|')}))[a-z-]+/.+`;
}

const restrict = (patterns) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ allowTypeImports: true, ...p })) }],
});
const noDb = { regex: '^@/lib/db(?:/.*)?$', message: 'Only lib/<domain> queries and services use the database.' };
const noService = { regex: '^@/lib/[a-z-]+/service$', message: 'Pages read through queries; writes go through actions.' };

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.data/**', 'node_modules/**', 'lib/db/generated/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  ...domains.map((domain) => ({
    files: [`lib/${domain}/**/*.{ts,tsx}`],
    rules: restrict([
      { regex: internalsOfOthers(domain), message: 'Import another domain through its entry points (listed in eslint.config.mjs).' },
    ]),
  })),
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: restrict([
      {
        regex: '^@/lib/(?!(?:[a-z-]+/(?:schemas|admin-schemas|format|labels|policy|actions|admin-actions)|money|dates|site|urls)$).+',
        message: 'Components import only schemas, formatters, labels, policies and actions from lib/ (types from anywhere).',
      },
    ]),
  },
  { files: ['app/**/*.{ts,tsx}'], rules: restrict([noDb, noService]) },
  { files: ['app/**/route.ts', 'app/**/route.tsx'], rules: restrict([noDb]) },
  {
    // Playwright fixtures receive a `use` callback that is not React's hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
];

export default config;
