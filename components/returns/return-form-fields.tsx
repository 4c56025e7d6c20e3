import type { ReturnableLineDto } from '@/lib/returns/queries';
import { COMMENT_MAX, PHOTO_KINDS, PHOTO_MAX_BYTES, PHOTO_MAX_COUNT, RETURN_REASONS } from '@/lib/returns/schemas';
import { REASON_LABELS } from '@/lib/returns/labels';
import { acceptOf, describeKinds, formatBytes } from '@/lib/storage/sniff';

/** The pieces of the return form; the form itself (return-form.tsx) holds the state. */

type Errors = Record<string, string[] | undefined> | undefined;
type Values = Record<string, string> | undefined;

const control = 'min-h-11 rounded-lg border border-ink-soft/40 bg-white px-3 py-2 text-base aria-invalid:border-accent';

export const reasonId = (reason: string) => `reason-${reason.toLowerCase().replaceAll('_', '-')}`;

function describedBy(id: string, hint: boolean, errors?: string[]): string | undefined {
  return [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? <p id={`${id}-error`} className="text-sm font-medium text-accent">{errors.join(' ')}</p> : null;
}

/** How many units of each line; lines with nothing left to return are listed but not offered. */
export function ItemsFieldset({ lines, values, errors }: { lines: ReturnableLineDto[]; values: Values; errors: Errors }) {
  const offered = lines.filter((line) => line.returnable > 0);
  const fallback = (line: ReturnableLineDto) => (offered.length === 1 ? String(line.returnable) : '0');
  return (
    <fieldset aria-describedby={describedBy('field-items', false, errors?.items)} className="flex flex-col gap-4">
      <legend className="mb-1 text-lg font-bold">What are you returning?</legend>
      <FieldError id="field-items" errors={errors?.items} />
      {offered.map((line, i) => {
        const id = `field-items-${i}`;
        const lineErrors = errors?.[`items.${i}.quantity`];
        return (
          <div key={line.orderItemId} className="flex flex-col gap-1.5">
            <input type="hidden" name={`items.${i}.orderItemId`} value={line.orderItemId} />
            <label htmlFor={id} className="font-semibold">{line.name}</label>
            <p id={`${id}-hint`} className="text-sm text-ink-soft">
              {line.returnable} of {line.ordered} can be returned. How many are you sending back?
            </p>
            <select
              id={id}
              name={`items.${i}.quantity`}
              defaultValue={values?.[`items.${i}.quantity`] ?? fallback(line)}
              aria-invalid={lineErrors?.length ? true : undefined}
              aria-describedby={describedBy(id, true, lineErrors)}
              className={`${control} w-28`}
            >
              {Array.from({ length: line.returnable + 1 }, (_, n) => <option key={n} value={n}>{n}</option>)}
            </select>
            <FieldError id={id} errors={lineErrors} />
          </div>
        );
      })}
      {lines.filter((line) => line.returnable === 0).map((line) => (
        <p key={line.orderItemId} className="text-ink-soft">{line.name}: already in a return.</p>
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
          <input id={reasonId(reason)} type="radio" name="reason" value={reason} defaultChecked={values?.reason === reason} required className="size-5 accent-teal" />
          {REASON_LABELS[reason]}
        </label>
      ))}
    </fieldset>
  );
}

export function CommentField({ values, errors }: { values: Values; errors: Errors }) {
  const id = 'field-comment';
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="font-semibold">Anything else we should know? (optional)</label>
      <p id={`${id}-hint`} className="text-sm text-ink-soft">Up to {COMMENT_MAX} characters.</p>
      <textarea
        id={id}
        name="comment"
        rows={4}
        maxLength={COMMENT_MAX}
        defaultValue={values?.comment}
        aria-invalid={errors?.comment?.length ? true : undefined}
        aria-describedby={describedBy(id, true, errors?.comment)}
        className={control}
      />
      <FieldError id={id} errors={errors?.comment} />
    </div>
  );
}

const PHOTO_HINT = `Up to ${PHOTO_MAX_COUNT} photos of the damage, each a ${describeKinds(PHOTO_KINDS)} of at most ${formatBytes(PHOTO_MAX_BYTES)}. Only our team sees them.`;

/** Shown (by CSS, so it works without JavaScript) only while "arrived damaged" is chosen. */
export function PhotosField({ errors }: { errors: Errors }) {
  const id = 'field-photos';
  return (
    <div id="damage-photos" className="hidden flex-col gap-1.5">
      <label htmlFor={id} className="font-semibold">Photos of the damage (optional)</label>
      <p id={`${id}-hint`} className="text-sm text-ink-soft">
        {PHOTO_HINT}
        {errors?.photos?.length ? ' Please choose them again.' : ''}
      </p>
      <input
        id={id}
        name="photos"
        type="file"
        multiple
        accept={acceptOf(PHOTO_KINDS)}
        aria-invalid={errors?.photos?.length ? true : undefined}
        aria-describedby={describedBy(id, true, errors?.photos)}
        className={`${control} file:mr-3 file:rounded-full file:border-0 file:bg-teal-light file:px-4 file:py-1.5 file:font-semibold file:text-teal-dark`}
      />
      <FieldError id={id} errors={errors?.photos} />
    </div>
  );
}
