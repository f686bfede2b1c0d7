import { recordHash } from '@/lib/integrity/hash';
import { verifyDocument } from '@/lib/signing/sign';
import { BATCH_FORMAT, BATCH_FORMAT_VERSION, BatchSchema, type BatchDocument } from '@/lib/batch-format/schema';
import { checkChains } from './chain-checks';
import { distinctArtifacts } from '@/lib/batch-format/evidence-files';
import { captureSpan } from '@/lib/batch-format/capture-span';
import { describePath, type ProblemList } from './problems';
import { parseStrictJson } from '@/lib/files/json';
import { observationSiteProblem, platformProblem } from '@/lib/extract/platform-checks';
import { checkSizes } from './size-checks';
import { unknownFieldMessage, unknownFields } from '@/lib/records/unknown-fields';
import { entryDateProblem, flagDateProblems, isAhead } from '@/lib/records/impossible-times';

/**
 * The raw JSON of a batch document or a bundle's manifest (every number as Spoor writes it: both are signed), or
 * undefined with a problem recorded.
 * @example const raw = parseJsonText(await readUtf8(file), 'batch.json', problems);
 */
export function parseJsonText(text: string, file: string, problems: ProblemList): unknown {
  try {
    return parseStrictJson(text, { numbersAsWritten: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.add(file, '', error instanceof SyntaxError ? `not valid JSON (${message})` : message);
    return undefined;
  }
}

/** The batch id as written, before validation, to recognise a repeat import early. */
export function rawBatchId(raw: unknown): string | undefined {
  const id = (raw as { batch?: { id?: unknown } } | undefined)?.batch?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Validates the whole document: its format, its signature (over the raw JSON,
 * before any default is filled in), every flag and audit entry, that the
 * signer is the researcher the batch says it is from, the counts, the size of every field (size-checks.ts), each
 * observation's record hash, and every flag's chain of custody (chain-checks.ts).
 * Undefined if anything is wrong.
 * @example const doc = await checkBatchDocument(raw, 'batch.json', problems);
 */
export async function checkBatchDocument(
  raw: unknown,
  file: string,
  problems: ProblemList,
  now = new Date(),
): Promise<BatchDocument | undefined> {
  const { format, formatVersion } = (raw ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (format !== BATCH_FORMAT) {
    problems.add(file, 'format', `not a Spoor batch (format is ${JSON.stringify(format)}, expected "${BATCH_FORMAT}")`);
    return undefined;
  }
  if (typeof formatVersion === 'number' && formatVersion > BATCH_FORMAT_VERSION) {
    problems.add(
      file,
      'formatVersion',
      `made by a newer Spoor (format version ${formatVersion}; this one reads ${BATCH_FORMAT_VERSION}): update Spoor`,
    );
    return undefined;
  }
  if (typeof formatVersion === 'number' && formatVersion < BATCH_FORMAT_VERSION) {
    problems.add(
      file,
      'formatVersion',
      `made by an older Spoor (format version ${formatVersion}), without a signed chain of custody: ask the sender to update Spoor and export the batch again`,
    );
    return undefined;
  }
  const verification = await verifyDocument(raw);
  if (verification.status !== 'valid') {
    problems.add(
      file,
      'signature',
      verification.status === 'unsigned' ? 'the batch is not signed' : verification.reason,
    );
    return undefined;
  }
  const parsed = BatchSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.add(file, describePath(raw, issue.path), issue.message);
    return undefined;
  }
  const before = problems.shown.length + problems.more;
  for (const path of unknownFields(raw, parsed.data))
    problems.add(file, describePath(raw, path), unknownFieldMessage('the batch format', BATCH_FORMAT_VERSION));
  if (parsed.data.signature.researcher !== parsed.data.batch.researcher)
    problems.add(
      file,
      'signature.researcher',
      `signed with the key of ${parsed.data.signature.researcher}, but the batch says it is from ${parsed.data.batch.researcher}`,
    );
  checkConsistency(parsed.data, file, problems);
  checkSizes(parsed.data, file, problems);
  checkDates(parsed.data, file, problems, now);
  await checkRecordHashes(parsed.data, file, problems);
  checkChains(parsed.data, file, problems);
  return problems.shown.length + problems.more === before ? parsed.data : undefined;
}

function checkConsistency(doc: BatchDocument, file: string, problems: ProblemList): void {
  const seen = new Set<string>();
  const observations = new Set<string>();
  for (const flag of doc.flags) {
    if (seen.has(flag.id)) problems.add(file, `flag ${flag.id}`, 'the same flag id appears twice');
    seen.add(flag.id);
    const platform = platformProblem(flag);
    if (platform) problems.add(file, `flag ${flag.id} › ${platform.field}`, platform.message);
    for (const [index, observation] of flag.observations.entries()) {
      if (observations.has(observation.id))
        problems.add(
          file,
          `flag ${flag.id} › observations[${index}].id`,
          `the observation id ${observation.id} appears twice`,
        );
      observations.add(observation.id);
      const site = observationSiteProblem(flag, observation);
      if (site) problems.add(file, `flag ${flag.id} › observations[${index}].url`, site);
    }
  }
  const actual = {
    flags: doc.flags.length,
    observations: doc.flags.reduce((sum, flag) => sum + flag.observations.length, 0),
    artifacts: distinctArtifacts(doc.flags).length,
  };
  for (const key of ['flags', 'observations', 'artifacts'] as const) {
    if (doc.batch.counts[key] !== actual[key])
      problems.add(file, `batch.counts.${key}`, `says ${doc.batch.counts[key]}, the batch holds ${actual[key]}`);
  }
}

/**
 * Times that cannot be: the date range the header shows for the batch must be
 * the span of its observations (the export computes it so), the batch cannot
 * be made after the import nor before the key that signed it, nor a record say it was written after the batch was
 * made, nor a posting name a day that does not exist (lib/records/impossible-times.ts). The signature, not the
 * date, says who wrote the file.
 */
function checkDates(doc: BatchDocument, file: string, problems: ProblemList, now: Date): void {
  const { createdAt, dateRange } = doc.batch;
  const span = captureSpan(doc.flags);
  for (const end of ['from', 'to'] as const) {
    if (span && Date.parse(dateRange[end]) !== Date.parse(span[end]))
      problems.add(
        file,
        `batch.dateRange.${end}`,
        `says ${dateRange[end]}, the batch's observations span ${span.from} to ${span.to}`,
      );
  }
  if (isAhead(createdAt, now.getTime()))
    problems.add(file, 'batch.createdAt', `${createdAt} is in the future (it is ${now.toISOString()} here)`);
  // The batch is signed when it is made, so its key must exist by then; the key's date is signed with it.
  const { keyCreatedAt } = doc.signature;
  if (isAhead(keyCreatedAt, now.getTime()))
    problems.add(file, 'signature.keyCreatedAt', `${keyCreatedAt} is in the future (it is ${now.toISOString()} here)`);
  else if (isAhead(keyCreatedAt, Date.parse(createdAt)))
    problems.add(
      file,
      'batch.createdAt',
      `${createdAt} is before the key that signed it was made (${keyCreatedAt}): a key cannot sign before it exists`,
    );
  for (const flag of doc.flags)
    for (const { field, message } of flagDateProblems(flag, createdAt, 'the batch'))
      problems.add(file, `flag ${flag.id} › ${field}`, message);
  doc.audit.forEach((entry, index) => {
    const problem = entryDateProblem(entry, createdAt, 'the batch');
    if (problem) problems.add(file, `audit[${index}] (flag ${entry.flagId}).${problem.field}`, problem.message);
  });
}

async function checkRecordHashes(doc: BatchDocument, file: string, problems: ProblemList): Promise<void> {
  for (const flag of doc.flags) {
    for (const [index, observation] of flag.observations.entries()) {
      const recomputed = await recordHash(observation, 'recordSha256');
      if (recomputed !== observation.recordSha256) {
        problems.add(
          file,
          `flag ${flag.id} › observations[${index}].recordSha256`,
          `the observation ${observation.id} was changed after capture (its record hashes to ${recomputed})`,
        );
      }
    }
  }
}
