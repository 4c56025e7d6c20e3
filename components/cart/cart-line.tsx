import Image from 'next/image';
import Link from 'next/link';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { removeCartLineAction, updateCartLineAction } from '@/lib/cart/actions';
import type { CartLineDto } from '@/lib/cart/queries';
import { formatMoney } from '@/lib/money';

/** One cart line; its forms post without JavaScript. */
export function CartLine({ line }: { line: CartLineDto }) {
  const options = Array.from({ length: Math.max(line.maxQuantity, line.quantity) }, (_, i) => i + 1);
  return (
    <li className="flex flex-wrap gap-4 border-b border-line py-5 last:border-0 sm:flex-nowrap" data-testid="cart-line" data-sku={line.sku}>
      {line.image && <Image src={line.image} alt="" width={96} height={96} className="h-24 w-24 shrink-0 rounded-xl bg-white p-2" />}
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <Link href={`/products/${line.productSlug}`} className="font-bold text-ink">
          {line.name}
        </Link>
        <p className="text-sm text-ink-soft">{formatMoney(line.unitPrice)} each</p>
        {line.problem && (
          <p role="alert" className="text-sm font-semibold text-accent">
            {line.problem === 'out-of-stock'
              ? 'Sold out: remove it to check out.'
              : `Only ${line.maxQuantity} available: lower the quantity to check out.`}
          </p>
        )}
        <div className="flex flex-wrap items-end gap-2">
          <form action={updateCartLineAction} className="flex items-end gap-2">
            <input type="hidden" name="variantId" value={line.variantId} />
            <SelectField
              id={`qty-${line.variantId}`}
              label={`Quantity of ${line.name}`}
              labelClassName="sr-only"
              name="quantity"
              defaultValue={line.quantity}
            >
              {options.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </SelectField>
            <SubmitButton variant="secondary" className="px-4">
              Update<span className="sr-only"> quantity of {line.name}</span>
            </SubmitButton>
          </form>
          <form action={removeCartLineAction}>
            <input type="hidden" name="variantId" value={line.variantId} />
            <SubmitButton variant="danger" className="px-4">
              Remove<span className="sr-only"> {line.name}</span>
            </SubmitButton>
          </form>
        </div>
      </div>
      <p className="font-bold" data-testid="line-total">
        {formatMoney(line.lineTotal)}
      </p>
    </li>
  );
}
