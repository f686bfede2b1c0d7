import type { BatchDocument } from '@/lib/batch-format/schema';
import type { ProblemList } from './problems';

/**
 * The longest text one field of an imported flag or audit entry may hold: far above what Spoor writes (a title is cut
 * at 300 characters, a description at 1,000) or a researcher types (notes of 30 pages), far below what would make the
 * dashboard, a CSV or a takedown list unusable.
 */
export const MAX_FIELD_CHARS = 100_000;
/** The most items one list inside a flag may hold (observations, tags, detections, evidence files…). */
export const MAX_FIELD_ITEMS = 10_000;

/**
 * Refuses a batch whose flags or audit entries hold a field no Spoor writes: a text longer than MAX_FIELD_CHARS or a
 * list longer than MAX_FIELD_ITEMS (a forged file that stuffs megabytes into a title, or a hundred thousand tags).
 * Each problem names the flag or entry and the field.
 * @example checkSizes(doc, 'batch.json', problems); // "flag 2… › ad.title": "3,000,000 characters, …"
 */
export function checkSizes(doc: BatchDocument, file: string, problems: ProblemList): void {
  for (const flag of doc.flags)
    oversize(flag, '', (path, what) => problems.add(file, `flag ${flag.id} › ${path}`, what));
  doc.audit.forEach((entry, index) =>
    oversize(entry, '', (path, what) => problems.add(file, `audit[${index}] (flag ${entry.flagId}) › ${path}`, what)),
  );
}

function oversize(value: unknown, path: string, report: (path: string, what: string) => void): void {
  const count = (n: number) => n.toLocaleString('en');
  if (typeof value === 'string') {
    if (value.length > MAX_FIELD_CHARS)
      report(path, `${count(value.length)} characters, more than a field may hold (${count(MAX_FIELD_CHARS)})`);
  } else if (Array.isArray(value)) {
    if (value.length > MAX_FIELD_ITEMS)
      report(path, `${count(value.length)} items, more than a list may hold (${count(MAX_FIELD_ITEMS)})`);
    else value.forEach((item, index) => oversize(item, `${path}[${index}]`, report));
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) oversize(inner, path ? `${path}.${key}` : key, report);
  }
}
