import { saveStream } from '@/lib/files/save';
import { flagsForCountry, takedownCsv, takedownText, type TakedownGroup } from './lists';
import type { Flag } from '@/lib/records/flag';
import { readFlagsWithAudit, signedBatchOf } from '@/lib/export/batch-document';
import { readArtifact, type Exporter, type ExportEnv } from '@/lib/export/export-flow';
import { safeName } from '@/lib/batch-format/label';
import { batchFileStream, FILE_TYPES, savedOrCancelled, textStream } from '@/lib/export/files';
import type { ExportFormat } from '@/lib/records/batch';

/*
 * Hand-off files are views of flags for people outside the project (a
 * platform's abuse desk, an enforcement agency), not batches for the
 * coordinator: saving them changes no flag, so they never make a flag
 * "exported" nor stop it from going into the next batch.
 */

/**
 * Saves one platform's takedown list as plain text (one URL per line) or CSV.
 * @example await saveTakedownList(env, takedownGroups(flags)[0], 'txt', new Date());
 */
export function saveTakedownList(
  env: Pick<ExportEnv, 'save'>,
  group: TakedownGroup,
  format: 'txt' | 'csv',
  at: Date,
): Promise<'picked' | 'downloaded' | 'cancelled'> {
  const text = format === 'txt' ? takedownText(group) : takedownCsv(group);
  const fileName = `takedown-${safeName(group.platform.id)}-${at.toISOString().slice(0, 10)}.${format}`;
  return savedOrCancelled(saveStream(textStream(text), fileName, env.save, FILE_TYPES[format]));
}

/**
 * The countries of the flags' marketplaces with how many flags each, most first.
 * @example countriesOf(flags) // [{ country: 'DE', flags: 12 }, { country: 'FR', flags: 3 }]
 */
export function countriesOf(flags: readonly Flag[]): { country: string; flags: number }[] {
  const counts = new Map<string, number>();
  for (const flag of flags)
    if (flag.platform.country) counts.set(flag.platform.country, (counts.get(flag.platform.country) ?? 0) + 1);
  return [...counts]
    .map(([country, count]) => ({ country, flags: count }))
    .sort((a, b) => b.flags - a.flags || a.country.localeCompare(b.country));
}

/**
 * An information log for one country's enforcement agency: the flags on that
 * country's marketplaces, as the batch CSV, JSON or evidence bundle (signed),
 * under a batch id of its own that no flag records.
 * @example await saveInformationLog(env, ids, 'DE', 'zip', { researcher: 'coord', survey: 'Ivory 2026' });
 */
export async function saveInformationLog(
  env: ExportEnv,
  flagIds: readonly string[],
  country: string,
  format: ExportFormat,
  exporter: Exporter,
): Promise<'picked' | 'downloaded' | 'cancelled'> {
  const { flags } = await readFlagsWithAudit(env.db, flagIds);
  const chosen = await readFlagsWithAudit(
    env.db,
    flagsForCountry(flags, country).map((flag) => flag.id),
  );
  const createdAt = (env.clock ?? (() => new Date()))();
  const meta = { id: crypto.randomUUID(), createdAt, ...exporter, extensionVersion: env.extensionVersion };
  const signed = await signedBatchOf(env.db, chosen, meta, env.taxa, env.clock);
  const fileName = `spoor-information-log-${safeName(country)}-${createdAt.toISOString().slice(0, 10)}${FILE_TYPES[format].extension}`;
  const stream = batchFileStream(signed, format, (sha256) => readArtifact(env.db, sha256));
  return savedOrCancelled(saveStream(stream, fileName, env.save, FILE_TYPES[format]));
}
