'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { Button, type ButtonProps } from './button';

/**
 * The submit button of the form around it. Before JavaScript loads it is a plain submit button, so the
 * form still posts to its server action; afterwards it is disabled while that action runs (no double
 * submits, Enter in a field included) and shows `pendingLabel`, if given, instead of its text.
 */
export function SubmitButton({ pendingLabel, disabled, children, ...props }: Omit<ButtonProps, 'type'> & { pendingLabel?: ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <Button {...props} type="submit" disabled={disabled || pending}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
