import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { ProductEdit } from './schemas';

/** The public pages that show a product's copy, price or stock: revalidate them after an edit. */
export function productPaths(slug: string): string[] {
  return ['/', `/products/${slug}`];
}

/**
 * Saves a staff edit of a product's copy and its variants' prices and stock,
 * all or nothing. Only variants of this product can be changed: a SKU that
 * belongs elsewhere (or nowhere) refuses the whole edit.
 */
export async function updateProduct(edit: ProductEdit, client: DbOrTx = db): Promise<void> {
  await inTransaction(client, async (tx) => {
    const product = await tx.product.findUnique({ where: { slug: edit.slug }, select: { id: true } });
    if (!product) throw new AppError('NOT_FOUND', `There is no product ${edit.slug}.`);
    await tx.product.update({
      where: { id: product.id },
      data: {
        name: edit.name,
        tagline: edit.tagline,
        description: edit.description,
        inTheBox: edit.inTheBox,
        dimensions: edit.dimensions,
        materials: edit.materials,
      },
    });
    for (const variant of edit.variants) {
      const { count } = await tx.productVariant.updateMany({
        where: { sku: variant.sku, productId: product.id },
        data: { priceCents: variant.price },
      });
      if (count === 0) throw new AppError('UNPROCESSABLE', `${edit.name} has no variant with SKU ${variant.sku}.`);
      await setStock(product.id, variant, tx);
    }
  });
}

/**
 * Checkouts reserve stock while an editor is open. When the form says what
 * stock it showed (`stockWas`), the edit applies the difference, so units
 * reserved in the meantime are not handed out twice.
 */
async function setStock(productId: string, variant: ProductEdit['variants'][number], tx: DbOrTx): Promise<void> {
  if (variant.stockWas === undefined) {
    await tx.productVariant.updateMany({ where: { sku: variant.sku, productId }, data: { stock: variant.stock } });
    return;
  }
  const delta = variant.stock - variant.stockWas;
  if (delta === 0) return;
  const changed = await tx.$executeRaw`
    UPDATE "ProductVariant" SET stock = stock + ${delta}, "updatedAt" = now()
     WHERE sku = ${variant.sku} AND "productId" = ${productId} AND stock + ${delta} >= 0`;
  if (changed === 0) {
    throw new AppError(
      'CONFLICT',
      `Stock of ${variant.sku} changed while you were editing and cannot go down by ${-delta}: reload the page and try again.`,
    );
  }
}
