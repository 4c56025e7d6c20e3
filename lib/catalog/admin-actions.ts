'use server';

import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { failure, invalid, type ActionResult } from '@/lib/action-result';
import { assertAdmin } from '@/lib/auth/guards';
import { productEditSchema } from './schemas';
import { productPaths, updateProduct } from './service';

/** Catalogue editing: admins only. */

const PRODUCT_FIELDS = ['slug', 'name', 'tagline', 'description', 'inTheBox', 'dimensions', 'materials'] as const;
const VARIANT_FIELDS = ['sku', 'price', 'stock', 'stockWas'] as const;
const MAX_VARIANTS = 50;

export async function updateProductAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = readProductForm(formData);
  let saved: { slug: string; name: string };
  try {
    await assertAdmin();
    const parsed = productEditSchema.safeParse(toProductEdit(values));
    if (!parsed.success) return { ...invalid(parsed.error, values), fieldErrors: errorsByInputName(parsed.error) };
    await updateProduct(parsed.data);
    saved = parsed.data;
  } catch (error) {
    return failure(error, values);
  }
  for (const path of productPaths(saved.slug)) revalidatePath(path);
  revalidatePath('/admin/products');
  return { ok: true, message: `Saved ${saved.name}.` };
}

/** Every submitted value under its input's name; variants are numbered (`variants.0.price`). */
function readProductForm(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of PRODUCT_FIELDS) values[key] = String(formData.get(key) ?? '');
  for (let i = 0; i < MAX_VARIANTS && formData.has(`variants.${i}.sku`); i++) {
    for (const field of VARIANT_FIELDS) values[`variants.${i}.${field}`] = String(formData.get(`variants.${i}.${field}`) ?? '');
  }
  return values;
}

function toProductEdit(values: Record<string, string>) {
  const variants = [];
  for (let i = 0; `variants.${i}.sku` in values; i++) {
    const stock = values[`variants.${i}.stock`]?.trim();
    // An emptied stock box is a mistake to point out, not zero stock (coercion would read '' as 0).
    const stockWas = values[`variants.${i}.stockWas`]?.trim();
    variants.push({ sku: values[`variants.${i}.sku`], price: values[`variants.${i}.price`], stock: stock ? stock : undefined, stockWas: stockWas ? stockWas : undefined });
  }
  return { ...Object.fromEntries(PRODUCT_FIELDS.map((key) => [key, values[key]])), variants };
}

/** Errors keyed like the inputs, so each variant's price or stock shows its own message. */
function errorsByInputName(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.map(String).join('.')] ??= []).push(issue.message);
  return errors;
}
