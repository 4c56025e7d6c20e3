import type { ReactNode } from 'react';
import { formatDate } from '@/lib/dates';

export interface ProgressStep {
  label: string;
  at: Date | null;
  detail?: ReactNode;
}

/** Steps done so far (with their dates) and those still to come, greyed out; the latest is the current one. */
export function ProgressSteps({ label, steps }: { label: string; steps: ProgressStep[] }) {
  const current = steps.findLastIndex((step) => step.at);
  return (
    <ol className="mt-3 flex flex-col gap-3" aria-label={label}>
      {steps.map((step, i) => (
        <li key={step.label} className="flex gap-3" aria-current={i === current ? 'step' : undefined}>
          <span
            aria-hidden="true"
            className={`mt-1.5 h-3 w-3 shrink-0 rounded-full ${step.at ? 'bg-teal' : 'border-2 border-line bg-white'}`}
          />
          <div>
            <p className={step.at ? 'font-semibold' : 'text-ink-soft'}>
              {step.label}
              {step.at ? (
                <span className="font-normal text-ink-soft"> · {formatDate(step.at)}</span>
              ) : (
                <span className="sr-only"> (not yet)</span>
              )}
            </p>
            {step.detail && <p className="text-sm">{step.detail}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
