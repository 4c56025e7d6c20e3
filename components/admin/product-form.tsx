'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { updateProductAction } from '@/lib/catalog/admin-actions';

/** What the editor shows: form-ready strings (prices as "49.00", the box one item per line). */
export interface ProductFormValues {
  slug: string;
  name: string;
  tagline: string;
  description: string;
  inTheBox: string;
  dimensions: string;
  materials: string;
  variants: { sku: string; name: string; currency: string; price: string; stock: string }[];
}

export function ProductForm({ product }: { product: ProductFormValues }) {
  const [result, action] = useActionState(updateProductAction, { ok: true } as ActionResult);
  // After a refusal, show what was typed; after a save, the saved values the page re-renders with.
  const value = (key: string, saved: string) => (result.ok ? saved : (result.values?.[key] ?? saved));
  const field = (key: keyof Omit<ProductFormValues, 'slug' | 'variants'>) => ({
    id: `${product.slug}-${key}`,
    name: key,
    defaultValue: value(key, product[key]),
    errors: result.fieldErrors?.[key],
  });
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="slug" value={product.slug} />
      <TextField label="Name" required {...field('name')} />
      <TextField label="Tagline" required {...field('tagline')} />
      <TextAreaField label="Description" rows={6} required {...field('description')} />
      <TextAreaField label="In the box" hint="One item per line." rows={4} required {...field('inTheBox')} />
      <TextField label="Dimensions" {...field('dimensions')} />
      <TextField label="Materials" {...field('materials')} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-bold">Prices and stock</legend>
        {product.variants.map((variant, i) => {
          const key = (name: string) => `variants.${i}.${name}`;
          return (
            <fieldset key={variant.sku} className="grid gap-4 rounded-xl border border-line p-4 sm:grid-cols-2">
              <legend className="px-1 font-semibold">
                {variant.name} <span className="font-mono text-sm font-normal text-ink-soft">{variant.sku}</span>
              </legend>
              <input type="hidden" name={key('sku')} value={variant.sku} />
              <TextField
                id={`${product.slug}-${variant.sku}-price`}
                label={`Price (${variant.currency})`}
                hint="For example 49.00"
                name={key('price')}
                inputMode="decimal"
                required
                defaultValue={value(key('price'), variant.price)}
                errors={result.fieldErrors?.[key('price')]}
              />
              <input type="hidden" name={key('stockWas')} value={variant.stock} />
              <TextField
                id={`${product.slug}-${variant.sku}-stock`}
                label="Units in stock"
                hint="Whole units available to sell"
                name={key('stock')}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                required
                defaultValue={value(key('stock'), variant.stock)}
                errors={result.fieldErrors?.[key('stock')]}
              />
            </fieldset>
          );
        })}
      </fieldset>
      {/* Beside the button, not above a long form, so the outcome is seen where the admin clicked. */}
      <FormMessage result={result} />
      <SubmitButton className="self-start" pendingLabel="Saving…">
        {`Save ${product.name}`}
      </SubmitButton>
    </form>
  );
}
