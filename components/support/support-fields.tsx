import type { ReactNode } from 'react';
import { TOPIC_LABELS } from '@/lib/support/format';
import { HONEYPOT_FIELD, MESSAGE_MAX, TOPICS } from '@/lib/support/schemas';
import type { AttachmentRules } from './attachment-rules';

/** The pieces of the support forms; the forms themselves (client islands) hold the state. */

type Errors = string[] | undefined;

export const control = 'min-h-11 w-full rounded-lg border border-ink-soft/40 bg-white px-3 py-2 text-base aria-invalid:border-accent';

function describedBy(id: string, hint: boolean, errors: Errors): string | undefined {
  return [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function FieldError({ id, errors }: { id: string; errors: Errors }) {
  return errors?.length ? <p id={`${id}-error`} className="text-sm font-medium text-accent">{errors.join(' ')}</p> : null;
}

function Field({ id, label, hint, errors, children }: { id: string; label: string; hint?: ReactNode; errors: Errors; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="font-semibold">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-ink-soft">{hint}</p>}
      {children}
      <FieldError id={id} errors={errors} />
    </div>
  );
}

export function TopicField({ value, errors }: { value?: string; errors: Errors }) {
  const id = 'field-topic';
  return (
    <Field id={id} label="What is it about?" errors={errors}>
      <select id={id} name="topic" defaultValue={value || 'OTHER'} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, false, errors)} className={control}>
        {TOPICS.map((topic) => <option key={topic} value={topic}>{TOPIC_LABELS[topic]}</option>)}
      </select>
    </Field>
  );
}

export function MessageField({ label, hint, value, errors, rows = 6 }: { label: string; hint: string; value?: string; errors: Errors; rows?: number }) {
  const id = 'field-message';
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      <textarea id={id} name="message" rows={rows} maxLength={MESSAGE_MAX} defaultValue={value} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, true, errors)} className={control} />
    </Field>
  );
}

export function AttachmentsField({ rules, errors }: { rules: AttachmentRules; errors: Errors }) {
  const id = 'field-attachments';
  return (
    <Field id={id} label="Attachments" hint={rules.hint} errors={errors}>
      <input
        id={id}
        name="attachments"
        type="file"
        multiple
        accept={rules.accept}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, true, errors)}
        className={`${control} file:mr-3 file:rounded-full file:border-0 file:bg-teal-light file:px-4 file:py-1.5 file:font-semibold file:text-teal-dark`}
      />
    </Field>
  );
}

/** The spam trap: hidden from sight and from the Tab key; a screen reader announces it as what it is. */
export function HoneypotField() {
  return (
    <div className="sr-only">
      <label htmlFor="field-honeypot">Leave this empty</label>
      <input id="field-honeypot" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
