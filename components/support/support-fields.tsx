import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { TOPIC_LABELS } from '@/lib/support/format';
import { HONEYPOT_FIELD, MESSAGE_MAX, TOPICS } from '@/lib/support/schemas';
import type { AttachmentRules } from './attachment-rules';

/** The pieces of the support forms; the forms themselves (client islands) hold the state. */

type Errors = string[] | undefined;

export function TopicField({ value, errors }: { value?: string; errors: Errors }) {
  return (
    <SelectField label="What is it about?" name="topic" defaultValue={value || 'OTHER'} errors={errors}>
      {TOPICS.map((topic) => (
        <option key={topic} value={topic}>
          {TOPIC_LABELS[topic]}
        </option>
      ))}
    </SelectField>
  );
}

export function MessageField({
  label,
  hint,
  value,
  errors,
  rows = 6,
}: {
  label: string;
  hint: string;
  value?: string;
  errors: Errors;
  rows?: number;
}) {
  return (
    <TextAreaField label={label} hint={hint} name="message" rows={rows} maxLength={MESSAGE_MAX} defaultValue={value} errors={errors} />
  );
}

export function AttachmentsField({ rules, errors }: { rules: AttachmentRules; errors: Errors }) {
  return <TextField label="Attachments" hint={rules.hint} name="attachments" type="file" multiple accept={rules.accept} errors={errors} />;
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
