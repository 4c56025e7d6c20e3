/** Content's formatters, safe for components to import: Markdown to sanitised HTML, and slugs. */
export { renderMarkdown } from './markdown';
export { SLUG_MAX, suggestSlug } from './slug';
