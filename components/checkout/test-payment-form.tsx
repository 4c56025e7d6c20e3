'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { payTestCheckoutAction } from '@/lib/checkout/actions';

export function TestPaymentForm(props: {
  sessionId: string;
  email: string | null;
  countries: { code: string; name: string }[];
  rates: { id: string; label: string; price: string }[];
}) {
  const [result, action] = useActionState(payTestCheckoutAction.bind(null, props.sessionId), { ok: true } as ActionResult);
  const v = result.values ?? {};
  const e = result.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage result={result} />
      <TextField
        label="E-mail"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={v.email ?? props.email ?? ''}
        errors={e.email}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-bold">Shipping address</legend>
        <TextField label="Full name" name="name" autoComplete="name" required defaultValue={v.name} errors={e.name} />
        <TextField label="Address" name="line1" autoComplete="address-line1" required defaultValue={v.line1} errors={e.line1} />
        <TextField label="Apartment, suite (optional)" name="line2" autoComplete="address-line2" defaultValue={v.line2} errors={e.line2} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Town or city" name="city" autoComplete="address-level2" required defaultValue={v.city} errors={e.city} />
          <TextField
            label="Postal code"
            name="postalCode"
            autoComplete="postal-code"
            required
            defaultValue={v.postalCode}
            errors={e.postalCode}
          />
        </div>
        <SelectField id="country" label="Country" name="country" autoComplete="country" defaultValue={v.country ?? 'US'} errors={e.country}>
          {props.countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <fieldset>
        <legend className="mb-2 text-lg font-bold">Delivery</legend>
        {props.rates.map((rate, i) => (
          <label key={rate.id} className="mb-2 flex items-center gap-3 rounded-xl border border-line bg-white p-4">
            <input
              type="radio"
              name="shippingRate"
              value={rate.id}
              defaultChecked={(v.shippingRate ?? 'standard') === rate.id || (!v.shippingRate && i === 0)}
              className="h-5 w-5 accent-teal"
            />
            <span className="flex-1">{rate.label}</span>
            <span className="font-semibold">{rate.price}</span>
          </label>
        ))}
      </fieldset>
      <TextField
        label="Card number"
        name="cardNumber"
        inputMode="numeric"
        autoComplete="cc-number"
        required
        hint="Test cards: 4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined."
        errors={e.cardNumber}
      />
      <SubmitButton className="text-lg" pendingLabel="Paying…">
        Pay now
      </SubmitButton>
    </form>
  );
}
