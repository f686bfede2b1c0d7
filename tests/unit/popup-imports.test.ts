import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/**
 * The modules the popup evaluates before its first render: what its entry (entrypoints/popup/main.ts) imports
 * statically, which the build puts in one chunk (wxt.config.ts; tests/e2e/popup-files.test.ts), bundled as the build
 * splits it (dynamic imports become chunks of their own, loaded later).
 */
async function firstRenderModules(): Promise<string[]> {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: ['entrypoints/popup/main.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out',
    jsx: 'automatic',
    logLevel: 'silent',
    alias: { '@': '.' },
    loader: { '.css': 'empty' },
  });
  const outputs: Metafile['outputs'] = metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path]!.entryPoint === 'entrypoints/popup/main.ts')!;
  const chunks = new Set<string>();
  const visit = (path: string) => {
    if (chunks.has(path)) return;
    chunks.add(path);
    for (const imported of outputs[path]!.imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  return [...chunks].flatMap((chunk) => Object.keys(outputs[chunk]!.inputs));
}

describe("the popup's first render", () => {
  it(
    "loads the schemas of the replies it reads (zod/mini), not the flag's, the whole protocol nor classic zod, and the legend after it",
    async () => {
      const modules = await firstRenderModules();
      expect(modules).toEqual(
        expect.arrayContaining([
          'entrypoints/popup/start.tsx',
          'lib/browser/popup-requests.ts',
          'components/FlagPanel.tsx',
          'components/DetectedTaxa.tsx',
          // The tab's report, read from storage.session and parsed there, with the detections' schemas alone.
          'lib/browser/tab-store.ts',
          'lib/records/detection.ts',
          'lib/dictionary/listing.ts',
        ]),
      );
      const later = [
        // The flag's ~100 schemas and the dictionary's: built only when the tab's status holds a flag or the
        // background is asked for it (lib/browser/popup-opening.ts), never for a kept status without a flag.
        'lib/records/flag.ts',
        'lib/dictionary/schema.ts',
        'lib/browser/kept-status.ts',
        'lib/messaging/flag-status.ts',
        'lib/messaging/protocol.ts',
        'lib/messaging/flag-messages.ts',
        'lib/messaging/dashboard-messages.ts',
        'lib/messaging/dictionary-messages.ts',
        'lib/messaging/batch-messages.ts',
        'lib/messaging/backup-messages.ts',
        'lib/messaging/signing-messages.ts',
        'components/Legend.tsx',
        'components/FlagForm.tsx',
        // The background's side of the kept statuses: the ad reader's platforms, the database.
        'lib/browser/tab-flag-status.ts',
        'lib/flags/tab-status.ts',
        'lib/extract/platform.ts',
        'lib/storage/db.ts',
      ];
      expect(modules.filter((module) => later.includes(module))).toEqual([]);
      // Its parses are written with zod/mini: classic zod (every schema's methods, the JSON Schema output, the English
      // messages; the build puts it in a chunk of its own, wxt.config.ts) loads only with what comes later.
      expect(modules).toEqual(expect.arrayContaining(['node_modules/zod/v4/mini/schemas.js']));
      expect(modules.filter((module) => module.startsWith('node_modules/zod/v4/classic/'))).toEqual([]);
      // The pages read the English messages from the extension's files when a chosen language needs them.
      expect(
        modules.filter((module) => module.startsWith('public/_locales/') || module === 'lib/i18n/english.ts'),
      ).toEqual([]);
    },
    // Bundling takes about a second; a busy two-core machine may take many times that.
    60_000,
  );
});
