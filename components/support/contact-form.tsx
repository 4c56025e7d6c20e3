'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { createTicketAction } from '@/lib/support/actions';
import { MESSAGE_MAX, MESSAGE_MIN, STAMP_FIELD } from '@/lib/support/schemas';
import type { AttachmentRules } from './attachment-rules';
import { AttachmentsField, HoneypotField, MessageField, TopicField } from './support-fields';

interface Props {
  /** The signed "form shown at" time; a refused form may bring a fresh one. */
  stamp: string;
  /** The signed-in customer's address. */
  email?: string;
  topic?: string;
  rules: AttachmentRules;
}

/** A new conversation with support. Posts to the server action, so it works before JavaScript loads. */
export function ContactForm({ stamp, email, topic, rules }: Props) {
  const [result, action] = useActionState(createTicketAction, { ok: true } as ActionResult);
  const values = result.values;
  const errors = result.fieldErrors;
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <FormMessage result={result} />
      <input type="hidden" name={STAMP_FIELD} value={values?.[STAMP_FIELD] || stamp} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label="Your name" name="name" autoComplete="name" required defaultValue={values?.name} errors={errors?.name} />
        <TextField
          label="E-mail"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={values?.email ?? email}
          errors={errors?.email}
          hint="We answer here."
        />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <TopicField value={values?.topic ?? topic} errors={errors?.topic} />
        <TextField
          label="Order number (optional)"
          name="orderNumber"
          placeholder="QLC-10042"
          defaultValue={values?.orderNumber}
          errors={errors?.orderNumber}
        />
      </div>
      <MessageField
        label="Your message"
        hint={`${MESSAGE_MIN} to ${MESSAGE_MAX} characters. The more you tell us, the better we can help.`}
        value={values?.message}
        errors={errors?.message}
      />
      <AttachmentsField rules={rules} errors={errors?.attachments} />
      <HoneypotField />
      <SubmitButton className="self-start" pendingLabel="Sending…">
        Send to support
      </SubmitButton>
    </form>
  );
}
