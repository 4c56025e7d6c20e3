import { Price } from '@/components/catalog/price';
import { DataTable, type Column } from '@/components/staff/data-table';
import type { ProductDto } from '@/lib/catalog/queries';

type Variant = ProductDto['variants'][number];

const columns: Column<Variant>[] = [
  { header: 'Variant', cell: (variant) => variant.name },
  { header: 'SKU', cell: (variant) => variant.sku, className: 'font-mono text-sm' },
  { header: 'Price', cell: (variant) => <Price money={variant.price} />, align: 'end' },
  { header: 'In stock', cell: (variant) => variant.stock, align: 'end' },
];

/** Prices and stock, read-only, for staff who may not edit them; it sits under the product's heading. */
export function VariantTable({ product }: { product: ProductDto }) {
  return <DataTable caption={`Variants of ${product.name}`} columns={columns} rows={product.variants} rowKey={(variant) => variant.sku} />;
}
