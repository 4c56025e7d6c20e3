import { Button } from '@/components/ui/button';
import type { ArticleStatus } from '@/lib/content/queries';
import { describedBy, FieldError } from './article-fields';

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
  const id = 'field-publishAt';
  return (
    <fieldset className="flex flex-col gap-4 rounded-xl border border-line p-4">
      <legend className="px-1 text-lg font-bold">Publication</legend>
      <p>
        {status === 'draft' && 'A draft: only staff can see it.'}
        {status === 'scheduled' && `Scheduled: goes live ${publishedLabel}.`}
        {status === 'published' && `Live on the blog since ${publishedLabel}.`}
      </p>
      {status !== 'published' && (
        <div className="flex flex-col gap-1.5">
          <label htmlFor={id} className="font-semibold">Publish at (UTC)</label>
          <p id={`${id}-hint`} className="text-sm text-ink-soft">{SCHEDULE_HINT}</p>
          <input
            id={id}
            name="publishAt"
            type="datetime-local"
            defaultValue={publishAt}
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={describedBy(id, SCHEDULE_HINT, errors)}
            className="min-h-11 max-w-xs rounded-lg border border-ink-soft/40 bg-white px-3 py-2 text-base aria-invalid:border-accent"
          />
          <FieldError id={id} errors={errors} />
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" name="intent" value="save" disabled={pending}>
          {status === 'draft' ? 'Save draft' : 'Save changes'}
        </Button>
        {status !== 'published' && (
          <Button type="submit" name="intent" value="publish" variant="secondary" disabled={pending}>Publish now</Button>
        )}
        {status !== 'published' && (
          <Button type="submit" name="intent" value="schedule" variant="secondary" disabled={pending}>
            {status === 'scheduled' ? 'Reschedule' : 'Schedule'}
          </Button>
        )}
        {status !== 'draft' && (
          <Button type="submit" name="intent" value="unpublish" variant="danger" disabled={pending}>Unpublish</Button>
        )}
        {pending && <span role="status" className="text-ink-soft">Saving…</span>}
      </div>
    </fieldset>
  );
}
