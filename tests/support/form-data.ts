export type FormValue = string | Blob;

/**
 * The FormData a browser would post for these fields: an array becomes one entry per item
 * (checkbox groups, several files), an empty array no entry at all.
 */
export function formData(values: Record<string, FormValue | readonly FormValue[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const item of typeof value === 'string' || value instanceof Blob ? [value] : value) data.append(key, item);
  }
  return data;
}
