import type { ReactNode } from 'react';
import { cn } from './cn';

/** The messages a server action returned for one field (`fieldErrors[name]`). */
export type FieldErrors = string[] | undefined;

/** The look of a text input, select or textarea; red-bordered while `aria-invalid`. */
export const controlClass = 'min-h-11 rounded-lg border border-ink-soft/40 bg-white px-3 py-2 text-base aria-invalid:border-accent';

/**
 * `aria-describedby` for a control (or fieldset) with id `id`: its hint (`<id>-hint`), its error (`<id>-error`)
 * and any `also` (ids of text elsewhere on the page).
 */
export function describedBy(id: string, hasHint: boolean, errors?: FieldErrors, also?: string): string | undefined {
  return [hasHint && `${id}-hint`, errors?.length && `${id}-error`, also].filter(Boolean).join(' ') || undefined;
}

/** The aria attributes that tie a control to its hint and its error. */
export function fieldAria(id: string, hasHint: boolean, errors?: FieldErrors, also?: string) {
  return { 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy(id, hasHint, errors, also) };
}

/** A field's error, with the id (`<id>-error`) its control points at; nothing when there is none. */
export function FieldError({ id, errors, className }: { id: string; errors?: FieldErrors; className?: string }) {
  if (!errors?.length) return null;
  return (
    <p id={`${id}-error`} className={cn('text-sm font-medium text-accent', className)}>
      {errors.join(' ')}
    </p>
  );
}

/** What every labelled field shares: the label, an optional hint, the control, and its error. */
export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  errors?: FieldErrors;
  /** On the wrapper around label, hint, control and error. */
  fieldClassName?: string;
  /** On the label; `sr-only` hides it from sight but not from screen readers. */
  labelClassName?: string;
}

export function Field({
  id,
  label,
  hint,
  errors,
  fieldClassName,
  labelClassName,
  children,
}: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className={cn('flex flex-col gap-1.5', fieldClassName)}>
      <label htmlFor={id} className={cn('font-semibold', labelClassName)}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-ink-soft">
          {hint}
        </p>
      )}
      {children}
      <FieldError id={id} errors={errors} />
    </div>
  );
}

type FieldInputProps = FieldProps & { name: string; id?: string; className?: string; 'aria-describedby'?: string };

/**
 * Splits a field's props into the wrapper's (`field`, for <Field>) and the control's (`control`: its own
 * attributes plus id, name and the aria wiring). The id defaults to `field-<name>`.
 */
export function splitFieldProps<P extends FieldInputProps>(props: P) {
  const { label, hint, errors, fieldClassName, labelClassName, className, ...rest } = props;
  const id = props.id ?? `field-${props.name}`;
  return {
    field: { id, label, hint, errors, fieldClassName, labelClassName },
    control: { ...rest, id, ...fieldAria(id, Boolean(hint), errors, props['aria-describedby']) },
    className,
  };
}
