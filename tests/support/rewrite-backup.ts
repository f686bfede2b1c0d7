import { readZip } from '@/lib/files/zip-reader';
import { zipStream } from '@/lib/files/zip-writer';
import { sha256Hex } from '@/lib/integrity/hash';

/**
 * Rewrites a backup's files and re-hashes them into a consistent manifest: a file that is well-formed but says
 * something wrong.
 */
export async function rewriteBackup(backup: Blob, change: (path: string, text: string) => string): Promise<Blob> {
  const files = await Promise.all(
    (await readZip(backup)).map(async (file) => ({
      path: file.path,
      bytes: new Uint8Array(await (await file.open()).arrayBuffer()),
    })),
  );
  const encode = (text: string) => new TextEncoder().encode(text);
  const changed = files.map(({ path, bytes }) =>
    path.endsWith('.json') && path !== 'manifest.json'
      ? { path, bytes: encode(change(path, new TextDecoder().decode(bytes))) }
      : { path, bytes },
  );
  const manifestFile = changed.find((file) => file.path === 'manifest.json')!;
  const manifest = JSON.parse(new TextDecoder().decode(manifestFile.bytes));
  manifest.files = await Promise.all(
    changed
      .filter((file) => file.path !== 'manifest.json')
      .map(async ({ path, bytes }) => ({ path, sha256: await sha256Hex(bytes), bytes: bytes.length })),
  );
  manifestFile.bytes = encode(change('manifest.json', JSON.stringify(manifest)));
  async function* entries() {
    for (const { path, bytes } of changed) yield { path, bytes: bytes as Uint8Array<ArrayBuffer>, compress: false };
  }
  return new Response(zipStream(entries(), new Date())).blob();
}
