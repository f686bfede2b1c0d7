/**
 * The longest text one field of a flag or audit entry may hold, wherever it comes from (the edit form, an edit
 * message, an imported batch): far above what Spoor writes (a title is cut at 300 characters, a description at
 * 1,000) or a researcher types (notes of 30 pages), far below what would make the dashboard, a CSV or a takedown
 * list unusable. One limit everywhere, so no record a researcher saves is refused by a coordinator's import.
 */
export const MAX_FIELD_CHARS = 100_000;
/** The most items one list inside a flag may hold (observations, tags, detections, evidence files…). */
export const MAX_FIELD_ITEMS = 10_000;

/**
 * Reports each text longer than MAX_FIELD_CHARS and each list longer than MAX_FIELD_ITEMS inside `value`, with its
 * path (`assessment.notes`, `tags[3]`).
 * @example oversizeFields({ notes: 'x'.repeat(200_000) }, '', report) // report('notes', '200,000 characters, …')
 */
export function oversizeFields(value: unknown, path: string, report: (path: string, what: string) => void): void {
  const count = (n: number) => n.toLocaleString('en');
  if (typeof value === 'string') {
    if (value.length > MAX_FIELD_CHARS)
      report(path, `${count(value.length)} characters, more than a field may hold (${count(MAX_FIELD_CHARS)})`);
  } else if (Array.isArray(value)) {
    if (value.length > MAX_FIELD_ITEMS)
      report(path, `${count(value.length)} items, more than a list may hold (${count(MAX_FIELD_ITEMS)})`);
    else value.forEach((item, index) => oversizeFields(item, `${path}[${index}]`, report));
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) oversizeFields(inner, path ? `${path}.${key}` : key, report);
  }
}
