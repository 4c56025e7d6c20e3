import type { SelectHTMLAttributes } from 'react';
import { cn } from './cn';
import { controlClass, Field, type FieldProps, splitFieldProps } from './field';

/** A labelled select (its options are the children), wired like TextField. `className` is the select's. */
export function SelectField(props: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name'> & FieldProps & { name: string }) {
  const { field, control, className } = splitFieldProps(props);
  return (
    <Field {...field}>
      <select {...control} className={cn(controlClass, className)} />
    </Field>
  );
}
