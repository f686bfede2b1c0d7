import { describe, expect, it } from 'vitest';
import { readBackup } from '@/lib/backup/read';
import { InvalidBackupError, type BackupProblem } from '@/lib/backup/problems';
import { createBackup } from '@/lib/backup/write';
import { advance } from '@/lib/integrity/chain';
import { MAX_FIELD_CHARS, MAX_FIELD_ITEMS } from '@/lib/records/limits';
import type { AuditEntry, Flag } from '@/lib/records/flag';
import { createEntryOf, flag, observation, uuid } from '../export/builder';
import { freshProfile } from './support';

/*
 * A forged backup that is whole (every hash in its manifest, every observation's hash and every chain of custody
 * recomputed) but holds fields nothing in Spoor accepts: the edit form, an edit message and a batch import all refuse
 * them (lib/records/limits.ts). The restore must refuse them too, before anything is written.
 */

/** A backup of a profile holding exactly these records, made by Spoor's own backup writer. */
async function backupOf(flags: readonly Flag[], audit: readonly AuditEntry[]): Promise<Blob> {
  const source = await freshProfile();
  for (const stored of flags) await source.db.put('flags', stored);
  for (const entry of audit) await source.db.add('audit', entry);
  return new Response((await createBackup(source.db, source.area, '0.1.0')).stream).blob();
}

async function problemsOf(backup: Blob): Promise<readonly BackupProblem[]> {
  return readBackup(backup).then(
    () => [],
    (error: unknown) => (error instanceof InvalidBackupError ? error.problems : Promise.reject(error)),
  );
}

async function stuffed(assessment: Partial<Flag['assessment']>): Promise<Flag> {
  return flag({ n: 1, assessment, observations: [await observation({ n: 1 })] });
}

const label = `1 (id ${uuid('flag', 1)})`;

describe('a backup restore applies the field limits', () => {
  it('refuses a flag with a text longer than a field may hold, naming the file, the record and the field', async () => {
    const made = await stuffed({ notes: 'Elfenbein '.repeat(MAX_FIELD_CHARS / 10) + '!' });
    expect(await problemsOf(await backupOf([made], [createEntryOf(made)]))).toEqual([
      {
        file: 'flags.json',
        record: label,
        field: 'assessment.notes',
        message: `100,001 characters, more than a field may hold (${MAX_FIELD_CHARS.toLocaleString('en')})`,
      },
    ]);
  }, 60_000);

  it('refuses a flag with a list longer than a list may hold', async () => {
    const made = await stuffed({ tags: Array.from({ length: MAX_FIELD_ITEMS + 1 }, (_, index) => `tag ${index}`) });
    expect(await problemsOf(await backupOf([made], [createEntryOf(made)]))).toEqual([
      { file: 'flags.json', record: label, field: 'assessment.tags', message: expect.stringMatching(/^10,001 items/) },
    ]);
  }, 60_000);

  it('refuses an audit entry with an oversize note, naming the entry and its flag', async () => {
    const made = await stuffed({});
    const edited = advance(
      made,
      { flagId: made.id, at: '2026-03-20T10:00:00.000Z', by: 'anna.k', action: 'edit', note: 'x'.repeat(200_000) },
      made.auditHead,
    );
    expect(await problemsOf(await backupOf([edited.flag], [createEntryOf(made), edited.entry]))).toEqual([
      {
        file: 'audit.json',
        record: `2 (flag ${made.id})`,
        field: 'note',
        message: expect.stringMatching(/^200,000 characters/),
      },
    ]);
  }, 60_000);

  it('restores fields at the limits', async () => {
    const made = await stuffed({
      notes: 'x'.repeat(MAX_FIELD_CHARS),
      tags: Array.from({ length: MAX_FIELD_ITEMS }, (_, index) => `t${index}`),
    });
    const backup = await readBackup(await backupOf([made], [createEntryOf(made)]));
    expect(backup.flags.map((restored) => restored.assessment.notes.length)).toEqual([MAX_FIELD_CHARS]);
  }, 60_000);
});
