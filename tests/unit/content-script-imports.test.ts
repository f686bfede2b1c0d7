import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/**
 * Data the matcher needs at matching time but every page need not evaluate: it reaches tabs compiled into
 * the dictionary's rules (lib/matching/compile-rules.ts), so the content script must not import it.
 */
const COMPILED_INTO_THE_DICTIONARY = [
  'lib/dictionary/senses.ts',
  'lib/dictionary/exemptions.ts',
  'lib/dictionary/languages.ts',
  'lib/matching/confusables-table.ts',
  'lib/matching/compile-rules.ts',
  'lib/dictionary/everyday-words.ts',
  'lib/matching/term-gates.ts',
];

/**
 * The matcher's second stage, which text without a candidate match never runs: injected when a frame's text first
 * needs it (entrypoints/full-scan.ts, lib/detect/on-demand.ts).
 */
const INJECTED_ON_DEMAND = [
  'lib/matching/full-scan.ts',
  'lib/matching/sense-filter.ts',
  'lib/matching/select.ts',
  'lib/matching/display-order.ts',
  'lib/matching/everyday-gate.ts',
  'lib/matching/text-language.ts',
  'lib/matching/diacritics.ts',
];

describe("the content script's import graph", () => {
  it(
    'holds none of the data compiled into the dictionary, nor the code injected on demand',
    async () => {
      const { metafile } = await build({
        absWorkingDir: root,
        entryPoints: ['entrypoints/content.ts'],
        bundle: true,
        write: false,
        metafile: true,
        logLevel: 'silent',
        alias: { '@': '.' },
        loader: { '.css': 'empty' },
      });
      const inputs = Object.keys(metafile.inputs);
      expect(inputs).toContain('lib/matching/walk.ts');
      expect(inputs.filter((input) => COMPILED_INTO_THE_DICTIONARY.includes(input))).toEqual([]);
      expect(inputs.filter((input) => INJECTED_ON_DEMAND.includes(input))).toEqual([]);
    },
    // Bundling takes a few hundred milliseconds; a busy two-core machine may take many times that.
    60_000,
  );
});
