import Link from 'next/link';
import { AdminPageHeader } from '@/components/admin/page-header';
import { ProductForm, type ProductFormValues } from '@/components/admin/product-form';
import { requireStaffPage } from '@/lib/auth/guards';
import { canManageStaff } from '@/lib/auth/policy';
import { listProducts, type ProductDto } from '@/lib/catalog/queries';
import { toDecimalString } from '@/lib/money';
import { VariantTable } from './_components/variant-table';

export const metadata = { title: 'Products' };

function toFormValues(product: ProductDto): ProductFormValues {
  return {
    slug: product.slug,
    name: product.name,
    tagline: product.tagline,
    description: product.description,
    inTheBox: product.inTheBox.join('\n'),
    dimensions: product.dimensions,
    materials: product.materials,
    variants: product.variants.map((v) => ({
      sku: v.sku,
      name: v.name,
      currency: v.price.currency,
      price: toDecimalString(v.price),
      stock: String(v.stock),
    })),
  };
}

export default async function AdminProductsPage() {
  const viewer = await requireStaffPage('/admin/products');
  // The same rule assertAdmin applies to updateProductAction: support agents get the read-only view.
  const canEdit = canManageStaff(viewer.role);
  const products = await listProducts();
  return (
    <>
      <AdminPageHeader title="Products">
        {canEdit
          ? 'Edit the copy, prices and stock shoppers see. Changes show in the store as soon as you save.'
          : 'Prices and stock as shoppers see them. Ask an admin to change them.'}
      </AdminPageHeader>
      {products.map((product) => (
        <section
          key={product.slug}
          aria-labelledby={`p-${product.slug}`}
          className={`mb-6 rounded-2xl border border-line bg-white ${canEdit ? 'p-4 sm:p-6' : 'overflow-x-auto'}`}
        >
          <h2 id={`p-${product.slug}`} className={`text-xl font-bold ${canEdit ? 'mb-4' : 'p-4'}`}>
            <Link href={`/products/${product.slug}`}>{product.name}</Link>
          </h2>
          {canEdit ? <ProductForm product={toFormValues(product)} /> : <VariantTable product={product} />}
        </section>
      ))}
    </>
  );
}
