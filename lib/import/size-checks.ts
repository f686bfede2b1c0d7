import type { BatchDocument } from '@/lib/batch-format/schema';
import { oversizeFields } from '@/lib/records/limits';
import type { ProblemList } from './problems';

/**
 * Refuses a batch whose flags or audit entries hold a field no Spoor writes (lib/records/limits.ts): a text longer
 * than MAX_FIELD_CHARS or a list longer than MAX_FIELD_ITEMS (a forged file that stuffs megabytes into a title, or a
 * hundred thousand tags). Each problem names the flag or entry and the field.
 * @example checkSizes(doc, 'batch.json', problems); // "flag 2… › ad.title": "3,000,000 characters, …"
 */
export function checkSizes(doc: BatchDocument, file: string, problems: ProblemList): void {
  for (const flag of doc.flags)
    oversizeFields(flag, '', (path, what) => problems.add(file, `flag ${flag.id} › ${path}`, what));
  doc.audit.forEach((entry, index) =>
    oversizeFields(entry, '', (path, what) =>
      problems.add(file, `audit[${index}] (flag ${entry.flagId}) › ${path}`, what),
    ),
  );
}
