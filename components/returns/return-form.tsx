'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { requestReturnAction } from '@/lib/returns/actions';
import type { ReturnableLineDto } from '@/lib/returns/queries';
import { CommentField, ItemsFieldset, PhotosField, ReasonFieldset } from './return-form-fields';

interface Props {
  /** How the action proves who is asking: the order's number (signed in) or its signed link token (guest). */
  proof: { name: 'orderNumber' | 'token'; value: string };
  lines: ReturnableLineDto[];
  cancelHref: string;
}

/**
 * The return request. Posts to the server action, so it works before
 * JavaScript loads; the photo field appears (CSS :has) only for damage.
 */
export function ReturnForm({ proof, lines, cancelHref }: Props) {
  const [result, action] = useActionState(requestReturnAction, { ok: true } as ActionResult);
  const errors = result.fieldErrors;
  return (
    <form action={action} noValidate className="flex flex-col gap-8 [&:has(#reason-arrived-damaged:checked)_#damage-photos]:block">
      <FormMessage result={result} />
      <input type="hidden" name={proof.name} value={proof.value} />
      <ItemsFieldset lines={lines} values={result.values} errors={errors} />
      <ReasonFieldset values={result.values} errors={errors} />
      <PhotosField errors={errors} />
      <CommentField values={result.values} errors={errors} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Sending…">Request the return</SubmitButton>
        <Link href={cancelHref}>Back to the order</Link>
      </div>
    </form>
  );
}
