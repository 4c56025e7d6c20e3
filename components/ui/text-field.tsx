import type { InputHTMLAttributes } from 'react';

/** A labelled input whose error is announced and tied to it. */
export function TextField({
  label,
  name,
  errors,
  hint,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[]; hint?: string }) {
  const id = props.id ?? `field-${name}`;
  const describedBy = [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-ink-soft">
          {hint}
        </p>
      )}
      <input
        {...props}
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="min-h-11 rounded-lg border border-ink-soft/40 bg-white px-3 py-2 text-base aria-invalid:border-accent"
      />
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-accent">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
