'use server';

import { formValues, refusal, type FormValues } from '@/lib/action-result';
import { redirectTo } from '@/lib/actions/run-action';
import { staffAction } from '@/lib/actions/staff-action';
import { AppError } from '@/lib/errors';
import { putPublicFile } from '@/lib/storage';
import { validateUpload, type UploadCheck } from '@/lib/storage/sniff';
import { revalidateContent } from './revalidate';
import { articleWarnings } from './claims-guard';
import { articleFormSchema, COVER_KINDS, COVER_MAX_BYTES, formatPublishTime, type ArticleIntent } from './schemas';
import { saveArticle, type SavedArticle } from './service';

/** The article editor: admins and support agents both write articles. */

const TEXT_FIELDS = [
  'id',
  'title',
  'slug',
  'excerpt',
  'bodyMarkdown',
  'tags',
  'seoTitle',
  'seoDescription',
  'removeCover',
  'intent',
  'publishAt',
  'acknowledgeWarnings',
] as const;

export const saveArticleAction = staffAction(
  'staff',
  { schema: ({ now }) => articleFormSchema(now), read: readArticleForm },
  async (article, { formData, values, now }) => {
    const warnings = articleWarnings(article);
    if ((article.intent === 'publish' || article.intent === 'schedule') && warnings.length > 0 && !article.acknowledgeWarnings) {
      return refusal({
        message: `The content check found ${warnings.length} thing(s) to look at before this goes live. Edit the text, or tick "Publish anyway".`,
        fieldErrors: { acknowledgeWarnings: warnings },
        values,
      });
    }
    const cover = await readCover(formData.get('coverImage'));
    if (cover && !cover.ok) return refusal({ fieldErrors: { coverImage: [cover.message] }, values });
    // Stored before the database write: a failed save leaves at most an unused file, never a broken cover.
    const coverImagePath = cover ? await putPublicFile('public/covers', cover) : article.removeCover ? null : undefined;
    let saved: SavedArticle;
    try {
      saved = await saveArticle(article, coverImagePath, now);
    } catch (error) {
      // The one conflict a save can meet is a slug in use: say so beside the slug.
      if (!(error instanceof AppError) || error.code !== 'CONFLICT') throw error;
      return refusal({ code: 'CONFLICT', message: error.message, fieldErrors: { slug: [error.message] }, values });
    }
    revalidateContent();
    if (!article.id) return redirectTo(`/admin/articles/${saved.id}?created=1`);
    return { ok: true, message: outcomeOf(saved, article.intent) };
  },
);

function readArticleForm(formData: FormData): { values: FormValues; input: unknown } {
  const muscles = formData.getAll('muscles').map(String);
  const values = formValues(formData, TEXT_FIELDS);
  values.intent ||= 'save';
  values.muscles = muscles.join(',');
  return { values, input: { ...values, muscles } };
}

/** No file chosen (browsers send an empty, nameless one) is not an error; anything else is checked by its bytes. */
async function readCover(value: FormDataEntryValue | null): Promise<UploadCheck | null> {
  // An empty file input still posts a zero-byte part (its name varies by browser): that is "no new cover".
  if (!(value instanceof File) || value.size === 0) return null;
  return validateUpload(value, { allowed: COVER_KINDS, maxBytes: COVER_MAX_BYTES });
}

function outcomeOf(saved: SavedArticle, intent: ArticleIntent): string {
  if (saved.status === 'draft') return intent === 'unpublish' ? 'Unpublished: the article is a draft again.' : 'Draft saved.';
  if (saved.status === 'scheduled' && saved.publishedAt) return `Scheduled for ${formatPublishTime(saved.publishedAt)}.`;
  return intent === 'publish' ? 'Published: the article is live.' : 'Saved: the changes are live.';
}
