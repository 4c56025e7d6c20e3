import Link from 'next/link';
import { AdminPageHeader } from '@/components/admin/page-header';
import { Price } from '@/components/catalog/price';
import { requireStaffPage } from '@/lib/auth/guards';
import { listProducts } from '@/lib/catalog/queries';

export const metadata = { title: 'Products' };

export default async function AdminProductsPage() {
  await requireStaffPage('/admin/products');
  const products = await listProducts();
  return (
    <>
      <AdminPageHeader title="Products">Prices and stock as shoppers see them.</AdminPageHeader>
      {products.map((product) => (
        <section key={product.slug} aria-labelledby={`p-${product.slug}`} className="mb-6 overflow-x-auto rounded-2xl border border-line bg-white">
          <h2 id={`p-${product.slug}`} className="p-4 text-xl font-bold">
            <Link href={`/products/${product.slug}`}>{product.name}</Link>
          </h2>
          <table className="w-full text-left">
            <thead className="border-y border-line text-sm text-ink-soft">
              <tr>
                <th scope="col" className="p-4">Variant</th>
                <th scope="col" className="p-4">SKU</th>
                <th scope="col" className="p-4 text-right">Price</th>
                <th scope="col" className="p-4 text-right">In stock</th>
              </tr>
            </thead>
            <tbody>
              {product.variants.map((variant) => (
                <tr key={variant.sku} className="border-b border-line last:border-0">
                  <td className="p-4">{variant.name}</td>
                  <td className="p-4 font-mono text-sm">{variant.sku}</td>
                  <td className="p-4 text-right"><Price money={variant.price} /></td>
                  <td className="p-4 text-right">{variant.stock}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
