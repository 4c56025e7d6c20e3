'use client';

import { useActionState } from 'react';
import { describedBy, FieldError } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextAreaField } from '@/components/ui/text-area-field';
import type { ActionResult } from '@/lib/action-result';
import { confirmSenderAction, markSolvedAction, rateTicketAction, replyAsCustomerAction } from '@/lib/support/actions';
import { MESSAGE_MAX, RATING_COMMENT_MAX } from '@/lib/support/schemas';
import type { AttachmentRules } from './attachment-rules';
import { AttachmentsField, MessageField } from './support-fields';

/** The forms on a ticket's page. Each posts the ticket's signed link back as `token`; the action checks it again. */

const initial: ActionResult = { ok: true };

export function ReplyForm({ token, rules, reopens }: { token: string; rules: AttachmentRules; reopens: boolean }) {
  const [result, action] = useActionState(replyAsCustomerAction, initial);
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <FormMessage result={result} />
      <input type="hidden" name="token" value={token} />
      <MessageField
        label="Your message"
        hint={`Up to ${MESSAGE_MAX} characters.${reopens ? ' Writing again reopens this conversation.' : ''}`}
        value={result.values?.message}
        errors={result.fieldErrors?.message}
        rows={5}
      />
      <AttachmentsField rules={rules} errors={result.fieldErrors?.attachments} />
      <SubmitButton className="self-start" pendingLabel="Sending…">
        Send message
      </SubmitButton>
    </form>
  );
}

/** The e-mailed link opened this page; pressing this (a POST, never the GET a mail scanner makes) proves the mailbox. */
export function ConfirmSenderForm({ token }: { token: string }) {
  const [result, action] = useActionState(confirmSenderAction, initial);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage result={result} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton className="self-start" pendingLabel="Confirming…">
        Yes, this is my request
      </SubmitButton>
    </form>
  );
}

export function SolvedForm({ token }: { token: string }) {
  const [result, action] = useActionState(markSolvedAction, initial);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage result={result} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton variant="secondary" className="self-start" pendingLabel="Saving…">
        This solved my problem
      </SubmitButton>
    </form>
  );
}

export function RatingForm({ token }: { token: string }) {
  const [result, action] = useActionState(rateTicketAction, initial);
  const errors = result.fieldErrors;
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <FormMessage result={result} />
      <input type="hidden" name="token" value={token} />
      <fieldset aria-describedby={describedBy('field-rating', false, errors?.rating)} className="flex flex-col gap-1">
        <legend className="mb-1 font-semibold">Was our help good?</legend>
        <FieldError id="field-rating" errors={errors?.rating} />
        <label htmlFor="rating-good" className="flex min-h-11 items-center gap-3">
          <input
            id="rating-good"
            type="radio"
            name="rating"
            value="GOOD"
            defaultChecked={result.values?.rating === 'GOOD'}
            className="size-5 accent-teal"
          />
          Good: it helped
        </label>
        <label htmlFor="rating-bad" className="flex min-h-11 items-center gap-3">
          <input
            id="rating-bad"
            type="radio"
            name="rating"
            value="BAD"
            defaultChecked={result.values?.rating === 'BAD'}
            className="size-5 accent-teal"
          />
          Bad: it did not help
        </label>
      </fieldset>
      <TextAreaField
        id="field-rating-comment"
        label="Anything to add? (optional)"
        name="comment"
        rows={3}
        maxLength={RATING_COMMENT_MAX}
        defaultValue={result.values?.comment}
        errors={errors?.comment}
      />
      <SubmitButton className="self-start" pendingLabel="Sending…">
        Send rating
      </SubmitButton>
    </form>
  );
}
