import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { founder } from '@/prisma/seed-content';
import { articleForm, createArticleThroughAction, saveArticleForm } from '../factories/articles';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/cache', () => import('../support/next-cache'));

/** The editor runs the content guard before an article goes live: the same findings as the unit test, as warnings. */
const CLAIM = '## Why\n\nQL Claw will cure your back. Press QL Claw into the psoas every day.\n';

beforeAll(async () => {
  await db.author.create({ data: founder });
});
beforeEach(() => actAs('support'));

describe('the article editor content check', () => {
  it('holds back "Publish now" on a claim word or a missing safety pointer, and says why, changing nothing', async () => {
    const values = articleForm();
    const id = await createArticleThroughAction(values);

    const result = await saveArticleForm({ ...values, id, bodyMarkdown: CLAIM, intent: 'publish' });

    expect(result).toMatchObject({ ok: false, code: 'UNPROCESSABLE' });
    expect(result.message).toMatch(/content check found 2 thing/);
    expect(result.fieldErrors?.acknowledgeWarnings).toEqual([
      expect.stringMatching(/claim word "cure"/),
      expect.stringMatching(/belly or the front of the hip without a safety pointer/),
    ]);
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ publishedAt: null, bodyMarkdown: values.bodyMarkdown });
  });

  it('publishes when staff tick "publish anyway", and saves a draft with warnings without asking', async () => {
    const values = articleForm();
    const id = await createArticleThroughAction(values);

    expect(await saveArticleForm({ ...values, id, bodyMarkdown: CLAIM, intent: 'save' })).toMatchObject({ ok: true });
    expect(await saveArticleForm({ ...values, id, bodyMarkdown: CLAIM, intent: 'publish', acknowledgeWarnings: 'on' })).toMatchObject({
      ok: true,
    });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).publishedAt).not.toBeNull();
  });

  it('publishes clean copy at once', async () => {
    const values = articleForm();
    const id = await createArticleThroughAction(values);
    expect(await saveArticleForm({ ...values, id, intent: 'publish' })).toMatchObject({
      ok: true,
      message: 'Published: the article is live.',
    });
  });
});
