import { pathToFileURL } from 'node:url';
import { createDb, type Db } from '../lib/db';
import { seedContent } from './seed-content';
import { seedProducts } from './seed-data';

/**
 * Creates what is missing and never overwrites: re-running the seed after
 * staff have changed a price or an article leaves their changes alone.
 */
export interface SeedOptions {
  /** The first staff admin; later staff are invited from /admin/staff. */
  adminEmail?: string;
  log?: (line: string) => void;
}

export async function seed(db: Db, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? (() => {});
  const adminEmail = (options.adminEmail ?? 'admin@qlclaw.test').trim().toLowerCase();
  // Only creates: an admin later demoted by another admin stays demoted.
  await db.user.upsert({ where: { email: adminEmail }, create: { email: adminEmail, role: 'ADMIN' }, update: {} });
  for (const { variants, images, ...product } of seedProducts) {
    const saved = await db.product.upsert({
      where: { slug: product.slug },
      create: { ...product, images: { create: images } },
      update: {},
    });
    // Fill copy fields added after a database was first seeded, and only while still blank.
    await db.product.updateMany({
      where: { id: saved.id, dimensions: '' },
      data: {
        inTheBox: product.inTheBox,
        dimensions: product.dimensions,
        materials: product.materials,
        faq: product.faq,
        usage: product.usage,
      },
    });
    if ((await db.productImage.count({ where: { productId: saved.id } })) === 0) {
      await db.productImage.createMany({ data: images.map((image) => ({ ...image, productId: saved.id })) });
    }
    for (const variant of variants) {
      await db.productVariant.upsert({
        where: { sku: variant.sku },
        create: { ...variant, productId: saved.id },
        update: {},
      });
      await db.productVariant.updateMany({ where: { sku: variant.sku, imagePath: null }, data: { imagePath: variant.imagePath } });
    }
  }
  const content = await seedContent(db);
  log(
    `seeded ${seedProducts.length} product(s), ${content.articles} article(s), ${content.guides} muscle guide(s) and admin ${adminEmail}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set. Run `npm run dev` (embedded database) or set it to your PostgreSQL.');
    process.exit(1);
  }
  const db = createDb(url, 2);
  seed(db, { adminEmail: process.env.SEED_ADMIN_EMAIL, log: console.log })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
