import type { ButtonHTMLAttributes } from 'react';
import { cn } from './cn';

const styles = {
  primary: 'bg-teal text-white hover:bg-teal-dark disabled:bg-teal/60',
  secondary: 'border border-teal bg-white text-teal-dark hover:bg-teal-light disabled:opacity-60',
  danger: 'border border-accent bg-white text-accent hover:bg-accent-light disabled:opacity-60',
} as const;

export type ButtonVariant = keyof typeof styles;

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant };

export function Button({ variant = 'primary', className, ...props }: ButtonProps) {
  return (
    <button
      {...props}
      className={cn(
        'inline-flex min-h-11 items-center justify-center rounded-full px-6 py-2.5 font-semibold transition disabled:cursor-not-allowed',
        styles[variant],
        className,
      )}
    />
  );
}
