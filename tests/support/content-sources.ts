import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GuardDocument } from '@/lib/content/claims-guard';
import { parseFrontMatter } from '@/lib/content/front-matter';
import { RED_FLAGS, URGENCY_LEAD } from '@/lib/content/labels';
import { muscles, promises, site } from '@/lib/site';
import { seedProducts } from '@/prisma/seed-data';

/** Everything the store says to shoppers, gathered for the claims guard. */
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Source files whose text is copy: the guard reads their strings and JSX text (class names removed). */
export const COPY_FILES = [
  'app/layout.tsx',
  'app/(shop)/page.tsx',
  'app/(shop)/products/[slug]/page.tsx',
  'app/(shop)/cart/page.tsx',
  'app/(content)/muscles/[slug]/page.tsx',
  'app/(content)/blog/[slug]/page.tsx',
  'components/content/medical-notice.tsx',
  'components/content/product-panel.tsx',
  'components/content/safety-rules.tsx',
  'components/catalog/product-details.tsx',
  'components/layout/site-footer.tsx',
  'components/support/help-topics.tsx',
  'components/support/ticket-view.tsx',
  'components/seo/share-image.tsx',
  'components/returns/return-slip.tsx',
  'lib/email/order-emails.ts',
  'lib/email/return-emails.ts',
  'lib/email/ticket-emails.ts',
  'lib/email/link-emails.ts',
  'lib/email/render.ts',
];

function markdownDocuments(folder: 'articles' | 'muscles'): GuardDocument[] {
  const dir = path.join(ROOT, 'prisma/content', folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const { data, body } = parseFrontMatter(readFileSync(path.join(dir, file), 'utf8'));
      const meta = ['title', 'excerpt', 'seoTitle', 'seoDescription'].map((key) => data[key] ?? '').join('\n');
      return { source: `${folder}/${file}`, kind: folder === 'articles' ? 'article' : 'guide', text: `${meta}\n${body}` } as GuardDocument;
    });
}

function productDocuments(): GuardDocument[] {
  return seedProducts.map((product) => ({
    source: `product ${product.slug}`,
    kind: 'product',
    text: [
      product.tagline,
      product.description,
      ...product.inTheBox,
      ...product.faq.flatMap((f) => [f.question, f.answer]),
      ...product.usage.flatMap((u) => [u.title, u.steps]),
      ...product.images.map((i) => i.alt),
    ].join('\n'),
  }));
}

export function copyText(source: string): string {
  return source
    .replace(/^import .*$/gm, '')
    .replace(/className=(?:"[^"]*"|\{[^}]*\})/g, '')
    .replace(/&apos;/g, "'")
    .replace(/\{' '\}/g, ' ');
}

function siteDocuments(): GuardDocument[] {
  const redFlags = [URGENCY_LEAD['same-day'], URGENCY_LEAD.prompt, ...RED_FLAGS.map((f) => f.text)].join('\n');
  return [
    { source: 'lib/site.ts site', kind: 'copy', text: [site.title, site.description].join('\n') },
    { source: 'lib/site.ts promises', kind: 'copy', text: promises.map((p) => `${p.title}. ${p.detail}`).join('\n') },
    { source: 'lib/site.ts muscles', kind: 'copy', text: muscles.map((m) => `${m.where}. ${m.why}`).join('\n') },
    { source: 'lib/content/labels.ts red flags', kind: 'copy', text: redFlags },
    ...COPY_FILES.map((file) => ({ source: file, kind: 'copy' as const, text: copyText(readFileSync(path.join(ROOT, file), 'utf8')) })),
  ];
}

export function allDocuments(): GuardDocument[] {
  return [...markdownDocuments('articles'), ...markdownDocuments('muscles'), ...productDocuments(), ...siteDocuments()];
}
