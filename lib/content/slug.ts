/**
 * Article slugs and tags: lowercase kebab-case, ASCII only. Pure, so the
 * editor can suggest a slug as the title is typed and the server fills in
 * the same one when the field is left empty.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

export function toKebabCase(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug for a title: kebab-case, cut at a word boundary to fit. */
export function suggestSlug(title: string): string {
  const slug = toKebabCase(title);
  if (slug.length <= SLUG_MAX) return slug;
  const cut = slug.slice(0, SLUG_MAX + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, SLUG_MAX)).replace(/-+$/, '');
}

/** "Low back, Hip Flexors ,,psoas" → ["low-back", "hip-flexors", "psoas"]. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map(toKebabCase).filter(Boolean))];
}
