'use server';

import { revalidatePath } from 'next/cache';
import { formValues, type FormValues } from '@/lib/action-result';
import { staffAction } from '@/lib/actions/staff-action';
import { productEditSchema } from './schemas';
import { productPaths, updateProduct } from './service';

/** Catalogue editing: admins only. */

const PRODUCT_FIELDS = ['slug', 'name', 'tagline', 'description', 'inTheBox', 'dimensions', 'materials'] as const;
const VARIANT_FIELDS = ['sku', 'price', 'stock', 'stockWas'] as const;
const MAX_VARIANTS = 50;

export const updateProductAction = staffAction('admin', { schema: productEditSchema, read: readProductForm }, async (edit) => {
  await updateProduct(edit);
  for (const path of productPaths(edit.slug)) revalidatePath(path);
  revalidatePath('/admin/products');
  return { ok: true, message: `Saved ${edit.name}.` };
});

/** Every submitted value under its input's name (variants are numbered: `variants.0.price`), and the edit they make. */
function readProductForm(formData: FormData): { values: FormValues; input: unknown } {
  const values = formValues(formData, PRODUCT_FIELDS);
  for (let i = 0; i < MAX_VARIANTS && formData.has(`variants.${i}.sku`); i++) {
    Object.assign(
      values,
      formValues(
        formData,
        VARIANT_FIELDS.map((field) => `variants.${i}.${field}`),
      ),
    );
  }
  return { values, input: toProductEdit(values) };
}

function toProductEdit(values: FormValues) {
  const variants = [];
  for (let i = 0; `variants.${i}.sku` in values; i++) {
    const stock = values[`variants.${i}.stock`]?.trim();
    // An emptied stock box is a mistake to point out, not zero stock (coercion would read '' as 0).
    const stockWas = values[`variants.${i}.stockWas`]?.trim();
    variants.push({
      sku: values[`variants.${i}.sku`],
      price: values[`variants.${i}.price`],
      stock: stock ? stock : undefined,
      stockWas: stockWas ? stockWas : undefined,
    });
  }
  return { ...Object.fromEntries(PRODUCT_FIELDS.map((key) => [key, values[key]])), variants };
}
