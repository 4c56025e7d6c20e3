import type { TextareaHTMLAttributes } from 'react';

/** Form pieces of the article editor that components/ui does not have yet. */

export function describedBy(id: string, hint?: string, errors?: string[]): string | undefined {
  return [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={`${id}-error`} className="text-sm font-medium text-accent">
      {errors.join(' ')}
    </p>
  ) : null;
}

export function TextArea({
  label,
  name,
  id,
  errors,
  hint,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; id: string; errors?: string[]; hint?: string }) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="font-semibold">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-ink-soft">{hint}</p>}
      <textarea
        {...props}
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className="rounded-lg border border-ink-soft/40 bg-white px-3 py-2 text-base aria-invalid:border-accent"
      />
      <FieldError id={id} errors={errors} />
    </div>
  );
}

/** A group of checkboxes sharing one name, with one error for the group. */
export function CheckboxGroup({
  legend,
  name,
  options,
  checked,
  errors,
}: {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  errors?: string[];
}) {
  const id = `field-${name}`;
  return (
    <fieldset aria-describedby={describedBy(id, undefined, errors)} className="flex flex-col gap-2">
      <legend className="mb-1 font-semibold">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-3 rounded-lg border border-line bg-white px-3">
            <input type="checkbox" name={name} value={option.value} defaultChecked={checked.includes(option.value)} className="size-5 accent-teal" />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={id} errors={errors} />
    </fieldset>
  );
}
