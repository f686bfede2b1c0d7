// What each module adds to the content script every frame evaluates (issue 14), largest first.
// Run: node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
//        scripts/content-script-breakdown.ts
import { join } from 'node:path';
import { build } from 'esbuild';

export interface ContentScriptBreakdown {
  /** Minified bytes of the bundle (without WXT's wrapper, a few hundred bytes in the built content.js). */
  total: number;
  /** Every module bundled, by path from the repository root, with the minified bytes it adds; largest first. */
  modules: { path: string; bytes: number }[];
}

/**
 * Bundles entrypoints/content.ts as the build does (ES2022, minified, CSS left out, WXT's unused context empty) and
 * reads esbuild's metafile. A module imported only for types is not bundled, so it is not listed.
 * @example const { modules } = await contentScriptBreakdown(); modules.some((m) => m.path === 'lib/matching/walk.ts')
 */
export async function contentScriptBreakdown(root = join(import.meta.dirname, '..')): Promise<ContentScriptBreakdown> {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: ['entrypoints/content.ts'],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'iife',
    target: 'es2022',
    outfile: 'content.js',
    logLevel: 'silent',
    alias: { '@': '.' },
    loader: { '.css': 'empty' },
    plugins: [
      {
        name: 'unused-content-script-context',
        setup(bundler) {
          bundler.onResolve({ filter: /^wxt\/utils\/content-script-context$/ }, () => ({
            path: 'context',
            namespace: 'unused-context',
          }));
          bundler.onLoad({ filter: /.*/, namespace: 'unused-context' }, () => ({
            contents: 'export class ContentScriptContext {}',
          }));
        },
      },
    ],
  });
  const [output] = Object.values(metafile.outputs);
  const modules = Object.entries(output!.inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return { total: output!.bytes, modules };
}

if (import.meta.main) {
  const { total, modules } = await contentScriptBreakdown();
  for (const { path, bytes } of modules) console.log(`${String(bytes).padStart(7)}  ${path}`);
  console.log(`${String(total).padStart(7)}  content script, minified`);
}
