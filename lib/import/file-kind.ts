import { PATHS as BACKUP_PATHS } from '@/lib/backup/format';
import { JSON_PATH, MANIFEST_PATH } from '@/lib/batch-format/manifest';
import { withoutTopFolder, type TopFolderResult } from '@/lib/files/top-folder';
import { readZip } from '@/lib/files/zip-reader';

/**
 * Files people pick by mistake when importing a batch, recognised so the
 * coordinator is told in words what the file is and what to import instead,
 * rather than a parser's complaint about its first byte.
 */
export type WrongFileKind = 'csv-export' | 'csv' | 'checklist' | 'backup' | 'url-list' | 'not-spoor-zip';

const HEAD_BYTES = 4096;

/** The first line of a text file, without a byte-order mark. */
async function firstLine(file: Blob): Promise<string> {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(await file.slice(0, HEAD_BYTES).arrayBuffer());
  return head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
}

async function magic(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, 4).arrayBuffer());
}

async function zipKind(file: Blob): Promise<WrongFileKind | undefined> {
  let read: TopFolderResult;
  try {
    read = withoutTopFolder(await readZip(file), MANIFEST_PATH);
  } catch {
    return undefined; // A damaged archive: the bundle checks say what is wrong with it.
  }
  if ('roots' in read) return undefined; // Files under several folders: the bundle checks name them.
  const paths = new Set(read.files.map((entry) => entry.path));
  if (paths.has(JSON_PATH)) return undefined;
  if (paths.has(BACKUP_PATHS.flags) && paths.has(BACKUP_PATHS.settings)) return 'backup';
  return 'not-spoor-zip';
}

/**
 * What a file chosen for a batch import is, when it is plainly not a batch
 * (a batch.json or an evidence bundle); undefined for anything that may be
 * one, which the full validation then checks.
 * @example await wrongBatchFileKind(new File(['flag_id,batch_id\n'], 'batch.csv')) // 'csv-export'
 */
export async function wrongBatchFileKind(file: Blob): Promise<WrongFileKind | undefined> {
  const bytes = await magic(file);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return zipKind(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'checklist'; // gzip: the checklist's .csv.gz
  const line = (await firstLine(file)).trim();
  if (line.startsWith('{') || line.startsWith('[') || line === '') return undefined;
  // Binary or mis-encoded bytes: not text anyone exported; the validation says what it finds.
  // eslint-disable-next-line no-control-regex -- control characters are the sign of binary bytes.
  if (/[\u0000-\u0008\u000E-\u001F\uFFFD]/.test(line)) return undefined;
  if (/^"?flag_id"?[,;\t]/.test(line)) return 'csv-export';
  if (/\bKingdom\b/.test(line) && /\b(Species|FullName|Scientific Name)\b/i.test(line)) return 'checklist';
  if (/^https?:\/\/\S+$/.test(line)) return 'url-list';
  if (/[,;\t]/.test(line)) return 'csv';
  return undefined;
}
