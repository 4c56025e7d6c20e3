'use server';

import { redirect } from 'next/navigation';
import { failure, invalid, type ActionResult } from '@/lib/action-result';
import { assertStaff } from '@/lib/auth/guards';
import { putPublicFile } from '@/lib/storage';
import { validateUpload, type UploadCheck } from '@/lib/storage/sniff';
import { revalidateContent } from './revalidate';
import { articleFormSchema, COVER_KINDS, COVER_MAX_BYTES, formatPublishTime, type ArticleIntent } from './schemas';
import { saveArticle, type SavedArticle } from './service';

/** The article editor: admins and support agents both write articles. */

const TEXT_FIELDS = ['id', 'title', 'slug', 'excerpt', 'bodyMarkdown', 'tags', 'seoTitle', 'seoDescription', 'removeCover', 'intent', 'publishAt'] as const;

export async function saveArticleAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = readArticleForm(formData);
  let saved: SavedArticle;
  let created: boolean;
  try {
    await assertStaff();
    const now = new Date();
    const parsed = articleFormSchema(now).safeParse({ ...values, muscles: formData.getAll('muscles').map(String) });
    const cover = await readCover(formData.get('coverImage'));
    if (!parsed.success || (cover && !cover.ok)) return refusal(parsed.success ? null : parsed.error, cover, values);
    // Stored before the database write: a failed save leaves at most an unused file, never a broken cover.
    const coverImagePath = cover ? await putPublicFile('public/covers', cover) : parsed.data.removeCover ? null : undefined;
    saved = await saveArticle(parsed.data, coverImagePath, now);
    created = !parsed.data.id;
  } catch (error) {
    const result = failure(error, values);
    return result.code === 'CONFLICT' ? { ...result, fieldErrors: { slug: [result.message ?? 'That slug is taken.'] } } : result;
  }
  revalidateContent();
  if (created) redirect(`/admin/articles/${saved.id}?created=1`);
  return { ok: true, message: outcomeOf(saved, values.intent as ArticleIntent) };
}

function readArticleForm(formData: FormData): Record<string, string> {
  const values: Record<string, string> = Object.fromEntries(TEXT_FIELDS.map((key) => [key, String(formData.get(key) ?? '')]));
  values.intent ||= 'save';
  values.muscles = formData.getAll('muscles').map(String).join(',');
  return values;
}

/** No file chosen (browsers send an empty, nameless one) is not an error; anything else is checked by its bytes. */
async function readCover(value: FormDataEntryValue | null): Promise<UploadCheck | null> {
  // An empty file input still posts a zero-byte part (its name varies by browser): that is "no new cover".
  if (!(value instanceof File) || value.size === 0) return null;
  return validateUpload(value, { allowed: COVER_KINDS, maxBytes: COVER_MAX_BYTES });
}

function refusal(error: Parameters<typeof invalid>[0] | null, cover: UploadCheck | null, values: Record<string, string>): ActionResult {
  const result: ActionResult = error ? invalid(error, values) : { ok: false, code: 'UNPROCESSABLE', message: 'Please correct the highlighted fields.', values };
  if (cover && !cover.ok) result.fieldErrors = { ...result.fieldErrors, coverImage: [cover.message] };
  return result;
}

function outcomeOf(saved: SavedArticle, intent: ArticleIntent): string {
  if (saved.status === 'draft') return intent === 'unpublish' ? 'Unpublished: the article is a draft again.' : 'Draft saved.';
  if (saved.status === 'scheduled' && saved.publishedAt) return `Scheduled for ${formatPublishTime(saved.publishedAt)}.`;
  return intent === 'publish' ? 'Published: the article is live.' : 'Saved: the changes are live.';
}
