import type { TextareaHTMLAttributes } from 'react';
import { cn } from './cn';
import { controlClass, Field, type FieldProps, splitFieldProps } from './field';

/** A labelled textarea, wired like TextField. `className` is the textarea's. */
export function TextAreaField(props: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'> & FieldProps & { name: string }) {
  const { field, control, className } = splitFieldProps(props);
  return (
    <Field {...field}>
      <textarea {...control} className={cn(controlClass, className)} />
    </Field>
  );
}
