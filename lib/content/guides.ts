import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { renderMarkdown, type Heading } from './markdown';
import { isSlugParam } from '@/lib/validation/schemas';

/** The muscle guides: one per muscle QL Claw reaches, in `position` order. */
export interface GuideSummaryDto {
  slug: string;
  name: string;
  shortName: string;
  title: string;
  excerpt: string;
  illustration: { src: string; alt: string };
  updatedAt: Date;
}

export interface GuideDto extends GuideSummaryDto {
  html: string;
  headings: Heading[];
  seoTitle: string | null;
  seoDescription: string | null;
}

// What each drawing shows, for readers who cannot see it. A guide added later
// falls back to a plainer description until it gets its own line here.
const ILLUSTRATION_ALT: Record<string, string> = {
  'quadratus-lumborum':
    'Back view of the lower spine and pelvis with the quadratus lumborum highlighted on each side, filling the gap between the lowest rib and the top of the hip bone',
  'gluteus-medius':
    'Back view of the pelvis with the gluteus medius highlighted in the upper, outer part of each buttock, just below the rim of the hip bone',
  psoas:
    'Front view of the lumbar spine and pelvis with the psoas highlighted, running from the lower vertebrae down across the front of the hip to the thigh bone',
  iliacus:
    'Front view of the pelvis with the iliacus highlighted, lining the inside of each hip bone and joining the psoas on its way to the thigh',
};

const summarySelect = {
  slug: true,
  name: true,
  shortName: true,
  title: true,
  excerpt: true,
  illustrationPath: true,
  updatedAt: true,
} as const;

const byPosition = [{ position: 'asc' }, { slug: 'asc' }] as const;

export async function listGuides(client: DbOrTx = db): Promise<GuideSummaryDto[]> {
  const rows = await client.muscleGuide.findMany({ select: summarySelect, orderBy: [...byPosition] });
  return rows.map(toSummary);
}

export async function getGuide(slug: string, client: DbOrTx = db): Promise<GuideDto | null> {
  if (!isSlugParam(slug)) return null;
  const row = await client.muscleGuide.findUnique({
    where: { slug },
    select: { ...summarySelect, bodyMarkdown: true, seoTitle: true, seoDescription: true },
  });
  if (!row) return null;
  const { html, headings } = renderMarkdown(row.bodyMarkdown);
  return { ...toSummary(row), html, headings, seoTitle: row.seoTitle, seoDescription: row.seoDescription };
}

export async function listGuideSlugs(client: DbOrTx = db): Promise<string[]> {
  const rows = await client.muscleGuide.findMany({ select: { slug: true }, orderBy: [...byPosition] });
  return rows.map((r) => r.slug);
}

function toSummary(row: {
  slug: string;
  name: string;
  shortName: string;
  title: string;
  excerpt: string;
  illustrationPath: string;
  updatedAt: Date;
}): GuideSummaryDto {
  return {
    slug: row.slug,
    name: row.name,
    shortName: row.shortName,
    title: row.title,
    excerpt: row.excerpt,
    illustration: {
      src: row.illustrationPath,
      alt: ILLUSTRATION_ALT[row.slug] ?? `Anatomical drawing with the ${row.name.toLowerCase()} muscle highlighted`,
    },
    updatedAt: row.updatedAt,
  };
}
