import { saveArticleAction } from '@/lib/content/admin-actions';
import { articleFormSchema } from '@/lib/content/schemas';
import { formData, type FormValue } from '../support/form-data';

export type ArticleForm = Record<string, string | string[]>;
let counter = 0;

/** A complete, valid article editor form; each call gets its own title and slug. */
export function articleForm(overrides: ArticleForm = {}): ArticleForm {
  counter += 1;
  return {
    id: '',
    title: `Finding the psoas, part ${counter}`,
    slug: `finding-the-psoas-${counter}`,
    excerpt: 'How to find the psoas, gently.',
    bodyMarkdown: '## Where it is\n\nDeep in the belly, in front of the spine.\n',
    tags: 'Hip Flexors, low back,, hip flexors',
    muscles: ['psoas', 'iliacus'],
    seoTitle: '',
    seoDescription: '',
    intent: 'save',
    publishAt: '',
    ...overrides,
  };
}

/** Posts the editor form to its server action, as whoever the test acts as. */
export function saveArticleForm(values: Record<string, FormValue | FormValue[]>) {
  return saveArticleAction({ ok: true }, formData(values));
}

/** Creates an article through the editor's action; creating redirects to the editor, and the id is in the redirect's target. */
export async function createArticleThroughAction(values: ArticleForm): Promise<string> {
  const error = await saveArticleForm(values).then(
    (result) => ({ result }),
    (thrown: unknown) => thrown,
  );
  const digest = String((error as { digest?: string }).digest);
  const id = /\/admin\/articles\/([^?;]+)\?created=1/.exec(digest)?.[1];
  if (!id) throw new Error(`expected a redirect to the editor, got ${JSON.stringify(error)}`);
  return id;
}

/** The fields the content service takes, from a valid editor form. */
export function articleFields(values: ArticleForm) {
  const {
    id: _id,
    intent: _intent,
    publishAt: _publishAt,
    removeCover: _removeCover,
    acknowledgeWarnings: _acknowledged,
    ...fields
  } = articleFormSchema(new Date()).parse(values);
  return fields;
}
