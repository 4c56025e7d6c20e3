import { describedBy, FieldError } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import type { ReturnableLineDto } from '@/lib/returns/queries';
import { COMMENT_MAX, PHOTO_KINDS, PHOTO_MAX_BYTES, PHOTO_MAX_COUNT, RETURN_REASONS } from '@/lib/returns/schemas';
import { REASON_LABELS } from '@/lib/returns/labels';
import { acceptOf, describeKinds, formatBytes } from '@/lib/storage/format';

/** The pieces of the return form; the form itself (return-form.tsx) holds the state. */

type Errors = Record<string, string[] | undefined> | undefined;
type Values = Record<string, string> | undefined;

export const reasonId = (reason: string) => `reason-${reason.toLowerCase().replaceAll('_', '-')}`;

/** How many units of each line; lines with nothing left to return are listed but not offered. */
export function ItemsFieldset({ lines, values, errors }: { lines: ReturnableLineDto[]; values: Values; errors: Errors }) {
  const offered = lines.filter((line) => line.returnable > 0);
  const fallback = (line: ReturnableLineDto) => (offered.length === 1 ? String(line.returnable) : '0');
  return (
    <fieldset aria-describedby={describedBy('field-items', false, errors?.items)} className="flex flex-col gap-4">
      <legend className="mb-1 text-lg font-bold">What are you returning?</legend>
      <FieldError id="field-items" errors={errors?.items} />
      {offered.map((line, i) => (
        <div key={line.orderItemId}>
          <input type="hidden" name={`items.${i}.orderItemId`} value={line.orderItemId} />
          <SelectField
            id={`field-items-${i}`}
            label={line.name}
            hint={`${line.returnable} of ${line.ordered} can be returned. How many are you sending back?`}
            name={`items.${i}.quantity`}
            defaultValue={values?.[`items.${i}.quantity`] ?? fallback(line)}
            errors={errors?.[`items.${i}.quantity`]}
            className="w-28"
          >
            {Array.from({ length: line.returnable + 1 }, (_, n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </SelectField>
        </div>
      ))}
      {lines
        .filter((line) => line.returnable === 0)
        .map((line) => (
          <p key={line.orderItemId} className="text-ink-soft">
            {line.name}: already in a return.
          </p>
        ))}
    </fieldset>
  );
}

export function ReasonFieldset({ values, errors }: { values: Values; errors: Errors }) {
  return (
    <fieldset aria-describedby={describedBy('field-reason', false, errors?.reason)} className="flex flex-col gap-1">
      <legend className="mb-1 text-lg font-bold">Why are you returning it?</legend>
      <FieldError id="field-reason" errors={errors?.reason} />
      {RETURN_REASONS.map((reason) => (
        <label key={reason} htmlFor={reasonId(reason)} className="flex min-h-11 items-center gap-3">
          <input
            id={reasonId(reason)}
            type="radio"
            name="reason"
            value={reason}
            defaultChecked={values?.reason === reason}
            required
            className="size-5 accent-teal"
          />
          {REASON_LABELS[reason]}
        </label>
      ))}
    </fieldset>
  );
}

export function CommentField({ values, errors }: { values: Values; errors: Errors }) {
  return (
    <TextAreaField
      label="Anything else we should know? (optional)"
      hint={`Up to ${COMMENT_MAX} characters.`}
      name="comment"
      rows={4}
      maxLength={COMMENT_MAX}
      defaultValue={values?.comment}
      errors={errors?.comment}
    />
  );
}

const PHOTO_HINT = `Up to ${PHOTO_MAX_COUNT} photos of the damage, each a ${describeKinds(PHOTO_KINDS)} of at most ${formatBytes(PHOTO_MAX_BYTES)}. Only our team sees them.`;

/** Shown (by CSS, so it works without JavaScript) only while "arrived damaged" is chosen. */
export function PhotosField({ errors }: { errors: Errors }) {
  return (
    <div id="damage-photos" className="hidden">
      <TextField
        label="Photos of the damage (optional)"
        hint={`${PHOTO_HINT}${errors?.photos?.length ? ' Please choose them again.' : ''}`}
        name="photos"
        type="file"
        multiple
        accept={acceptOf(PHOTO_KINDS)}
        errors={errors?.photos}
      />
    </div>
  );
}
