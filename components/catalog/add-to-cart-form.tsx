'use client';

import Link from 'next/link';
import { useActionState, useEffect, useState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { addToCartAction, type CartActionResult } from '@/lib/cart/actions';
import { formatMoney } from '@/lib/money';
import { CART_CHANGED_EVENT } from './cart-events';
import type { VariantOption } from './variant-options';

/** Works as a plain form before JavaScript loads; afterwards it updates in place. */
export function AddToCartForm({ variants }: { variants: VariantOption[] }) {
  const [result, action] = useActionState(addToCartAction, { ok: true } as CartActionResult);
  const firstAvailable = variants.find((v) => v.maxQuantity > 0) ?? variants[0];
  const [selected, setSelected] = useState(firstAvailable?.sku);
  const variant = variants.find((v) => v.sku === selected) ?? firstAvailable;
  const max = Math.max(1, variant?.maxQuantity ?? 1);
  const soldOut = variant?.maxQuantity === 0;

  useEffect(() => {
    if (result.ok && result.count !== undefined) window.dispatchEvent(new CustomEvent(CART_CHANGED_EVENT, { detail: result.count }));
  }, [result]);

  return (
    <form action={action} className="flex flex-col gap-5">
      <fieldset>
        <legend className="mb-2 font-semibold">Choose</legend>
        <div className="flex flex-col gap-2">
          {variants.map((v) => {
            const soldOut = v.maxQuantity === 0;
            return (
              <label
                key={v.sku}
                className="flex cursor-pointer items-center gap-3 rounded-xl border border-line bg-white p-4 has-checked:border-teal has-checked:ring-2 has-checked:ring-teal has-disabled:cursor-not-allowed has-disabled:opacity-60"
              >
                <input
                  type="radio"
                  name="sku"
                  value={v.sku}
                  checked={v.sku === variant?.sku}
                  disabled={soldOut}
                  onChange={() => setSelected(v.sku)}
                  className="h-5 w-5 accent-teal"
                />
                <span className="flex-1 font-semibold">{v.name}</span>
                <span className="text-right">
                  <span className="block font-bold">{formatMoney(v.price)}</span>
                  <span className={`block text-sm ${v.availability.kind === 'in-stock' ? 'text-teal-dark' : 'font-semibold text-accent'}`}>
                    {v.availability.kind === 'out-of-stock'
                      ? 'Out of stock'
                      : v.availability.kind === 'low-stock'
                        ? `Only ${v.availability.left} left`
                        : 'In stock'}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="flex items-end gap-3">
        <SelectField id="quantity" label="Quantity" name="quantity" defaultValue="1">
          {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
        <SubmitButton disabled={!variant || soldOut} pendingLabel="Adding…" className="flex-1 text-lg">
          {soldOut ? 'Out of stock' : 'Add to cart'}
        </SubmitButton>
      </div>
      <FormMessage result={result} />
      {result.ok && result.count ? (
        <p>
          <Link href="/cart" className="font-semibold">
            View cart and check out
          </Link>
        </p>
      ) : null}
    </form>
  );
}
