import { describe, expect, it } from 'vitest';
import { contentScriptBreakdown } from '../../scripts/content-script-breakdown';

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
 * The matcher's second stage, which text without a candidate match never runs, with the tally and the private-term
 * check (every hit comes from it): injected when a frame's text first needs it (entrypoints/full-scan.ts,
 * lib/detect/on-demand.ts). The hover watcher and card: injected when a frame first paints (entrypoints/hover-card.ts).
 */
const INJECTED_ON_DEMAND = [
  'lib/detect/tally.ts',
  'lib/detect/private-terms.ts',
  'lib/detect/stage-lists.ts',
  'lib/detect/computed-style.ts',
  'lib/highlight/hover.ts',
  'lib/highlight/hover-card.ts',
  'lib/detect/match-card.ts',
  'lib/matching/full-scan.ts',
  'lib/matching/sense-filter.ts',
  'lib/matching/select.ts',
  'lib/matching/display-order.ts',
  'lib/matching/everyday-gate.ts',
  'lib/matching/text-language.ts',
  'lib/matching/diacritics.ts',
  // The page scanner, block reader, painter and reports: injected while the dictionary loads (page-detect.ts).
  'lib/detect/content-detect.ts',
  'lib/detect/page-scanner.ts',
  'lib/detect/scan-block.ts',
  'lib/highlight/block-text.ts',
  'lib/highlight/painter.ts',
  'lib/scheduling/slicer.ts',
];

describe("the content script's import graph", () => {
  it(
    'holds none of the data compiled into the dictionary, nor the code injected on demand',
    async () => {
      const { total, modules } = await contentScriptBreakdown();
      const inputs = modules.map((module) => module.path);
      // The breakdown adds up: every byte of the bundle but its wrapper belongs to a module.
      const bytes = modules.reduce((sum, module) => sum + module.bytes, 0);
      expect(bytes).toBeGreaterThan(total * 0.95);
      expect(bytes).toBeLessThanOrEqual(total);
      expect(inputs).toContain('lib/matching/walk.ts');
      expect(inputs.filter((input) => COMPILED_INTO_THE_DICTIONARY.includes(input))).toEqual([]);
      expect(inputs.filter((input) => INJECTED_ON_DEMAND.includes(input))).toEqual([]);
    },
    // Bundling takes a few hundred milliseconds; a busy two-core machine may take many times that.
    60_000,
  );
});
