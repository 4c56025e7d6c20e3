import type { InputHTMLAttributes } from 'react';
import { cn } from './cn';
import { controlClass, Field, type FieldProps, splitFieldProps } from './field';

const fileClass =
  'file:mr-3 file:rounded-full file:border-0 file:bg-teal-light file:px-4 file:py-1.5 file:font-semibold file:text-teal-dark';

/** A labelled input whose hint and error are announced and tied to it. `className` is the input's. */
export function TextField(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> & FieldProps & { name: string }) {
  const { field, control, className } = splitFieldProps(props);
  return (
    <Field {...field}>
      <input {...control} className={cn(controlClass, props.type === 'file' && fileClass, className)} />
    </Field>
  );
}
