'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';

/**
 * One button that revokes the links to an order, return or ticket and has a
 * fresh one e-mailed to the address on record: for the holder of a link
 * (`proof` is the link's token) or for staff (`proof` is the number). The
 * new link is never shown here; once it is sent, this page's link is dead.
 */
export function RenewLinkForm({
  action,
  proof,
  intro,
  label,
}: {
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  proof: { name: 'token' | 'number'; value: string };
  intro: string;
  label: string;
}) {
  const [result, formAction] = useActionState(action, { ok: true } as ActionResult);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage result={result} />
      <input type="hidden" name={proof.name} value={proof.value} />
      {!(result.ok && result.message) && (
        <>
          <p className="text-ink-soft">{intro}</p>
          <SubmitButton variant="secondary" className="self-start" pendingLabel="Sending…">
            {label}
          </SubmitButton>
        </>
      )}
    </form>
  );
}
