import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../../..');

/**
 * A test page's script with the lib modules it imports, bundled for the
 * browser (the `@/` alias as in the extension): Firefox runs Spoor's own code,
 * not a copy of it.
 * @example const script = await bundleForPage('tests/firefox/pages/snapshot-harness.ts');
 */
export async function bundleForPage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve(root, entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    alias: { '@': root },
  });
  return result.outputFiles[0]!.text;
}
