'use client';

import { useActionState, useState } from 'react';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { FormMessage } from '@/components/ui/form-message';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { saveArticleAction } from '@/lib/content/admin-actions';
import type { ArticleStatus } from '@/lib/content/policy';
import { EXCERPT_MAX, SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from '@/lib/content/schemas';
import { suggestSlug, SLUG_MAX } from '@/lib/content/format';
import { muscles } from '@/lib/site';
import { ArticleCoverField } from './article-cover-field';
import { ArticlePublishControls } from './article-publish-controls';
import { ArticleWarnings } from './article-warnings';
import { MarkdownPreview } from './markdown-preview';

/** What the editor shows: form-ready strings. An empty id is a new article. */
export interface ArticleFormValues {
  id: string;
  title: string;
  slug: string;
  excerpt: string;
  bodyMarkdown: string;
  tags: string;
  muscles: string[];
  seoTitle: string;
  seoDescription: string;
  coverImagePath: string | null;
  status: ArticleStatus;
  publishedLabel: string | null;
  /** The datetime-local value (UTC) of a scheduled article, else empty. */
  publishAt: string;
}

const MUSCLE_OPTIONS = muscles.map((m) => ({ value: m.slug, label: m.name }));

/** `warnings`: the content guard's findings for the saved text, worked out by the page. */
export function ArticleForm({ article, warnings = [] }: { article: ArticleFormValues; warnings?: string[] }) {
  const [result, action, pending] = useActionState(saveArticleAction, { ok: true } as ActionResult);
  // After a refusal, show what was typed; otherwise what is saved (the page re-renders after a save).
  const value = (key: string, saved: string) => (result.ok ? saved : (result.values?.[key] ?? saved));
  const errors = (key: string) => result.fieldErrors?.[key];
  const [title, setTitle] = useState(value('title', article.title));
  const checkedMuscles = result.ok ? article.muscles : (result.values?.muscles?.split(',').filter(Boolean) ?? article.muscles);
  const field = (key: 'excerpt' | 'tags' | 'seoTitle' | 'seoDescription') => ({
    id: `field-${key}`,
    name: key,
    defaultValue: value(key, article[key]),
    errors: errors(key),
  });
  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="id" value={article.id} />
      <TextField
        label="Title"
        id="field-title"
        name="title"
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        errors={errors('title')}
      />
      <TextField
        label="Slug"
        id="field-slug"
        name="slug"
        hint={`The address: /blog/<slug>. Lowercase words joined by hyphens. Leave it empty to use ${suggestSlug(title) || 'one made from the title'}.`}
        placeholder={suggestSlug(title)}
        maxLength={SLUG_MAX}
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={value('slug', article.slug)}
        errors={errors('slug')}
      />
      <TextAreaField
        label="Excerpt"
        hint="One or two sentences for the blog index and search results."
        rows={3}
        maxLength={EXCERPT_MAX}
        required
        {...field('excerpt')}
      />
      <MarkdownPreview
        id="field-bodyMarkdown"
        name="bodyMarkdown"
        label="Body (Markdown)"
        hint="## for a section heading, **bold**, *italic*, [a link](/blog/…), - for a list."
        defaultValue={value('bodyMarkdown', article.bodyMarkdown)}
        errors={errors('bodyMarkdown')}
      />
      <TextField label="Tags" hint="Separated by commas, like: low back, stretching." {...field('tags')} />
      <CheckboxGroup
        legend="Muscles it is about"
        name="muscles"
        options={MUSCLE_OPTIONS}
        checked={checkedMuscles}
        errors={errors('muscles')}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-bold">Search engines</legend>
        <TextField
          label="SEO title"
          hint={`Up to ${SEO_TITLE_MAX} characters. Empty: the title.`}
          maxLength={SEO_TITLE_MAX}
          {...field('seoTitle')}
        />
        <TextAreaField
          label="SEO description"
          hint={`Up to ${SEO_DESCRIPTION_MAX} characters. Empty: the excerpt.`}
          rows={2}
          maxLength={SEO_DESCRIPTION_MAX}
          {...field('seoDescription')}
        />
      </fieldset>
      <ArticleCoverField
        current={article.coverImagePath}
        errors={errors('coverImage')}
        removeChecked={!result.ok && result.values?.removeCover === 'on'}
      />
      <FormMessage result={result} />
      <ArticleWarnings saved={warnings} refused={result.ok ? undefined : errors('acknowledgeWarnings')} />
      <ArticlePublishControls
        status={article.status}
        publishedLabel={article.publishedLabel}
        publishAt={value('publishAt', article.publishAt)}
        errors={errors('publishAt')}
        pending={pending}
      />
    </form>
  );
}
