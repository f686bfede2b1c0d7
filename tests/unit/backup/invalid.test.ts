import { beforeAll, describe, expect, it } from 'vitest';
import { readBackup } from '@/lib/backup/read';
import { InvalidBackupError, type BackupProblem } from '@/lib/backup/problems';
import { restoreBackup } from '@/lib/backup/restore';
import { createBackup } from '@/lib/backup/write';
import { createFlagService } from '@/lib/flags/service';
import { captureOf, steppingClock } from '../flags/support';
import { dump, freshProfile, rewriteBackup } from './support';

let file: Blob;
let screenshot: string;
beforeAll(async () => {
  const profile = await freshProfile();
  const flag = (
    await createFlagService(profile.db, steppingClock()).record(await captureOf('https://shop.example/ad/1'), 'ask')
  ).flag;
  screenshot = flag.observations[0]!.artifacts[0]!.sha256;
  file = await new Response((await createBackup(profile.db, profile.area, '0.1.0')).stream).blob();
});

/**
 * Reads the backup and, only if that passes, restores it into a fresh profile; returns the problems and what the
 * profile then holds.
 */
async function tryRestore(
  bad: Blob,
): Promise<{ problems: readonly BackupProblem[]; after: Awaited<ReturnType<typeof dump>>; storage: string[] }> {
  const target = await freshProfile();
  const problems = await readBackup(bad).then(
    (backup) => restoreBackup(target.env, backup).then(() => []),
    (error: unknown) => (error instanceof InvalidBackupError ? error.problems : Promise.reject(error)),
  );
  return { problems, after: await dump(target.db), storage: target.area.keys() };
}

/** The file with the bytes at `at` replaced: the same size, so only the hashes can tell. */
async function flipped(blob: Blob, find: string): Promise<Blob> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const at = Buffer.from(bytes).indexOf(find);
  bytes[at] = bytes[at]! ^ 0x20;
  return new Blob([bytes]);
}

describe('a bad backup changes nothing and says what is wrong', () => {
  it.each([
    [
      'truncated',
      async () => file.slice(0, Math.floor(file.size * 0.8)),
      { file: 'the backup file', message: expect.stringMatching(/truncated/) },
    ],
    [
      'evidence changed',
      async () => flipped(file, `png of https://shop.example/ad/1`),
      { file: expect.stringMatching(/^artifacts\//), message: expect.stringMatching(/SHA-256/) },
    ],
    [
      'a record that fails its schema',
      async () =>
        rewriteBackup(file, (path, text) =>
          path === 'flags.json' ? text.replace('"https://shop.example/ad/1"', '"javascript:alert(1)"') : text,
        ),
      {
        file: 'flags.json',
        record: expect.stringMatching(/^1 \(id [0-9a-f-]{36}\)$/),
        field: expect.stringMatching(/^(canonicalUrl|observations\.0\.url)$/),
      },
    ],
    [
      'a newer format version',
      async () =>
        rewriteBackup(file, (path, text) =>
          path === 'manifest.json' ? text.replace('"formatVersion":2', '"formatVersion":3') : text,
        ),
      { file: 'manifest.json', field: 'formatVersion', message: expect.stringMatching(/newer Spoor/) },
    ],
    [
      'not a backup',
      async () =>
        rewriteBackup(file, (path, text) =>
          path === 'manifest.json' ? text.replace('spoor-backup', 'spoor-bundle') : text,
        ),
      { file: 'manifest.json', field: 'format' },
    ],
    [
      'a flag naming evidence the backup lacks',
      async () => rewriteBackup(file, (path, text) => (path === 'artifacts.json' ? '[]' : text)),
      { file: expect.stringMatching(/^(artifacts\/|flags\.json)/) },
    ],
  ])('%s', async (_case, make, expected) => {
    const { problems, after, storage } = await tryRestore(await make());
    expect(problems).toContainEqual(expect.objectContaining(expected));
    expect(after).toEqual({ flags: [], audit: [], batches: [], tombstones: [], signers: [], artifacts: [] });
    expect(storage).toEqual([]);
  });

  it('a "screenshot" that is an HTML page, in a backup whose every hash and history is consistent (forge16)', async () => {
    const profile = await freshProfile();
    const page = new Blob(['<script>fetch("https://seller.example/seen")</script>'], { type: 'image/png' });
    const capture = await captureOf('https://shop.example/ad/2', { evidence: [{ kind: 'screenshot', blob: page }] });
    await createFlagService(profile.db, steppingClock()).record(capture, 'ask');
    const forged = await new Response((await createBackup(profile.db, profile.area, '0.1.0')).stream).blob();
    const { problems, after } = await tryRestore(forged);
    expect(problems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/^artifacts\/[0-9a-f]{64}$/) as string,
        field: 'observations.0.artifacts.0',
        message: 'its bytes are not a PNG image, as its record says',
      }),
    ]);
    expect(after.flags).toEqual([]);
  });

  it('the untouched file restores, so the cases above fail for their change alone', async () => {
    const { problems, after } = await tryRestore(file);
    expect(problems).toEqual([]);
    expect(after.artifacts.map((artifact) => artifact.key)).toEqual([screenshot]);
  });
});
