import { bundleStream } from '@/lib/export/bundle';
import { importBatchFile, type ImportResult } from '@/lib/import/validate';
import { annasBatch, bytesOf, manifestSigner, resign } from '../export/builder';
import { jsonOf, rawZip, resealed, unzipped, utf8, type RawEntry } from '../reliability/bad-inputs/zip-craft';

/*
 * What the forger tests share (import-forger, import-forger33, import-forger34, import-claims): an import as a
 * coordinator who knows no batch yet, the problems of a refused file, Anna's honest bundle file by file.
 */

/** No batch imported before; `now` after every date of the builder's batches. */
export const noneKnown = { knownBatches: new Map<string, string>(), now: new Date('2026-04-10T00:00:00.000Z') };

/** The problems of a refused import; throws (failing the test) when the file was not refused. */
export function problemsOf(result: ImportResult) {
  if (result.status !== 'invalid') throw new Error(`expected problems, got ${result.status}`);
  return result.problems;
}

/** A batch.json's text imported on its own, as `anna.json`. */
export const importText = (text: string, options = noneKnown) =>
  importBatchFile(new Blob([text]), 'anna.json', options);

/** An archive of these entries imported, as `anna.zip`. */
export const importZip = (entries: readonly RawEntry[]) => importBatchFile(rawZip(entries), 'anna.zip', noneKnown);

/** Anna's honest bundle, file by file. */
export async function honestEntries(): Promise<RawEntry[]> {
  const { doc, getArtifact } = await annasBatch();
  const bytes = await bytesOf(bundleStream({ batch: doc, getArtifact, signManifest: manifestSigner() }));
  return unzipped(new Blob([bytes]));
}

/**
 * The entries with manifest.json's file list and SHA256SUMS made to match them, then the manifest changed by
 * `change` (if given) and re-signed with Anna's key: what a forger who holds her key ships.
 */
export async function resignedBundle(
  entries: readonly RawEntry[],
  change: (manifest: { files: Array<{ path: string; sha256: string; bytes: number }> }) => void = () => {},
): Promise<RawEntry[]> {
  const sealed = await resealed(entries);
  return Promise.all(
    sealed.map(async (entry) => {
      if (entry.path !== 'manifest.json') return entry;
      const manifest = jsonOf(entry);
      change(manifest);
      return { path: entry.path, data: utf8(JSON.stringify(await resign(manifest))) };
    }),
  );
}

/** An Info-ZIP Unicode Path extra field (0x7075): unzip and 7-Zip unpack the file under this name. */
export function unicodePathExtra(name: string, header: string): Uint8Array {
  const bytes = utf8(name);
  const field = new Uint8Array(4 + 5 + bytes.length);
  const view = new DataView(field.buffer);
  view.setUint16(0, 0x7075, true);
  view.setUint16(2, 5 + bytes.length, true);
  field[4] = 1;
  view.setUint32(5, crc32(utf8(header)), true);
  field.set(bytes, 9);
  return field;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
