import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { ArticleStatus } from '@/lib/content/policy';

interface Props {
  status: ArticleStatus;
  /** "May 12, 2026 at 9:30 AM UTC" for scheduled and published articles. */
  publishedLabel: string | null;
  publishAt: string;
  errors?: string[];
  pending: boolean;
}

const SCHEDULE_HINT = 'In UTC, the store’s time zone. Used by “Schedule”; it must be in the future.';

/**
 * Publication. Each button submits the whole form with its own `intent`, so
 * it works without JavaScript; "Save" comes first, so Enter in a field saves.
 */
export function ArticlePublishControls({ status, publishedLabel, publishAt, errors, pending }: Props) {
  return (
    <fieldset className="flex flex-col gap-4 rounded-xl border border-line p-4">
      <legend className="px-1 text-lg font-bold">Publication</legend>
      <p>
        {status === 'draft' && 'A draft: only staff can see it.'}
        {status === 'scheduled' && `Scheduled: goes live ${publishedLabel}.`}
        {status === 'published' && `Live on the blog since ${publishedLabel}.`}
      </p>
      {status !== 'published' && (
        <TextField
          label="Publish at (UTC)"
          hint={SCHEDULE_HINT}
          name="publishAt"
          type="datetime-local"
          defaultValue={publishAt}
          errors={errors}
          className="max-w-xs"
        />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton name="intent" value="save">
          {status === 'draft' ? 'Save draft' : 'Save changes'}
        </SubmitButton>
        {status !== 'published' && (
          <SubmitButton name="intent" value="publish" variant="secondary">
            Publish now
          </SubmitButton>
        )}
        {status !== 'published' && (
          <SubmitButton name="intent" value="schedule" variant="secondary">
            {status === 'scheduled' ? 'Reschedule' : 'Schedule'}
          </SubmitButton>
        )}
        {status !== 'draft' && (
          <SubmitButton name="intent" value="unpublish" variant="danger">
            Unpublish
          </SubmitButton>
        )}
        {pending && (
          <span role="status" className="text-ink-soft">
            Saving…
          </span>
        )}
      </div>
    </fieldset>
  );
}
