import type * as z from 'zod/mini';
import { SHOWN_MESSAGE_MAX, SHOWN_NAME_MAX, shownWithin } from '@/lib/files/shown-text';

/** What is wrong with a backup, precisely enough to find it: the file, the record in it, the field. */
export interface BackupProblem {
  file: string;
  /** "3 (id 0f1e…)": the record's position in its file, and its id where it has one. */
  record?: string;
  /** Dotted path inside the record: "observations.0.url". */
  field?: string;
  message: string;
}

/** A backup that must not be restored; nothing was written. */
export class InvalidBackupError extends Error {
  override name = 'InvalidBackupError';
  constructor(readonly problems: readonly BackupProblem[]) {
    super(problems.map(describeProblem).join('\n'));
  }
}

/**
 * One line for the researcher. The file name, record id, field and message quote what the backup says, which may
 * come from a page or another profile: shown with hidden and reordering characters written out, and cut.
 * @example describeProblem({ file: 'flags.json', record: '2', field: 'id', message: 'Invalid UUID' }) // 'flags.json,
 * record 2, field id: Invalid UUID'
 */
export function describeProblem({ file, record, field, message }: BackupProblem): string {
  const name = (text: string) => shownWithin(text, SHOWN_NAME_MAX);
  const where = [name(file), record && `record ${name(record)}`, field && `field ${name(field)}`];
  return where.filter(Boolean).join(', ') + `: ${shownWithin(message, SHOWN_MESSAGE_MAX)}`;
}

/** One problem per zod issue, each naming its field. */
export function schemaProblems(error: z.core.$ZodError, file: string, record?: string): BackupProblem[] {
  return error.issues.map((issue) => ({
    file,
    ...(record === undefined ? {} : { record }),
    ...(issue.path.length > 0 ? { field: issue.path.map(String).join('.') } : {}),
    message: issue.message,
  }));
}

/**
 * "3 (id 0f1e…)": a record's position in its file, one-based as a researcher counts, and its id where it has one.
 * @example recordLabel(2, { id: 'f1' }) // '3 (id f1)'
 */
export function recordLabel(index: number, raw: unknown): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `${index + 1} (id ${id})` : String(index + 1);
}
