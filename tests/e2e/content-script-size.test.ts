import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_CSP } from '@/lib/flags/snapshot-html';
import { PAGE_READER_FILE } from '@/lib/flags/read-page';
import { MATCH_CARD_FILE } from '@/lib/detect/lazy-match-card';
import { onDemandFile } from '@/lib/detect/on-demand';
import { extensionDir } from './support/extension';

/**
 * Every frame of every page evaluates the content script before it detects
 * anything (issue 14), so it holds detection alone: the dictionary's loading
 * and the matcher's first stage; the scanner, painter and hover card are
 * injected. Schemas are parsed by the background, the trust
 * boundary; the ad reader and the snapshot code are injected at flag time.
 * The cue words, exemptions, false friends and look-alike table of issue 13
 * (35 kB of the 69 kB it had reached) reach tabs compiled into the
 * dictionary pack (lib/matching/compile-rules.ts; tests/unit/content-script-imports.test.ts
 * keeps them out), and WXT's unused ContentScriptContext is left out
 * (wxt.config.ts): 40.1 kB. The flat-index walker, the language gate and the
 * "not listed" marks of exempt species then brought it to 43.7 kB. The hover
 * card, its labels and styles are injected on a frame's first hover over a
 * highlight (hover-card.js, lib/detect/lazy-match-card.ts): 40.9 kB, 41.7 kB
 * after the evening's merges. The matcher's second stage (selection, sense
 * filter, bidi reading), which text without a candidate match never runs, is
 * injected when a frame's text first needs it (full-scan.js,
 * lib/detect/on-demand.ts): 33.0 kB. The issue's target, 30,000 bytes, is
 * met since WXT's wrapper was cut to a call of `main` (wxt.config.ts), the
 * decoding of entries and terms, the tally and the private-term check went
 * with the second stage (only a match needs them), and the hover watcher with
 * the card, injected when a frame first paints: 29.2 kB; 29.3 kB once the
 * Unicode-property regular expressions were built on first use (parsing
 * them was a third of the script's compile time); 29,265 bytes with shorter
 * tag sets. What is left is the first stage (tokenizer, walk), the index
 * decoder, scanner and painter. The budget guards what is reached, with a
 * little room: 29,600 until long blocks' segments were sized by the time the
 * last took, the observer's records left to the slices, appended blocks
 * scanned whole in turn and a long text node read in pieces (issue 14, 29,865
 * bytes: a 10 MB text node back to its old cost, the page's own task lighter,
 * the last appended card painted in the first frame that shows it); 29,990
 * when the pack was decoded as its parts arrive (the checklist's badge) and
 * look-alikes of other scripts were folded (Armenian, Cherokee, small
 * capitals): the room is the issue's 30,000 bytes. 29,940 bytes with a
 * genus and epithet joined over table rows and nested blocks (+92), paid for
 * by leaving the manifest's options out of the script (-114, wxt.config.ts). Since embedded frames evaluate only the
 * frame script and get the detector injected once they hold words (entrypoints/frame.content.ts), the detector no
 * longer waits for words itself (lib/detect/frame-worth.ts left it): 29,198 bytes, in the top frame and frames with
 * words alone. The page scanner, block reader, painter, highlight styles and reports wait for the dictionary to load:
 * they are injected while it loads (page-detect.js, entrypoints/page-detect.ts; into an embedded frame with the
 * detector): 14,299 bytes, the dictionary's loading, the matcher's first stage and the wiring. 16,235 bytes once the
 * walk read a name's first word one letter dropped, added or changed away (lib/matching/one-edit.ts, +1,640: the
 * first stage must see such a word to hand its text to the second; issue 14's ceiling is 30,000), and 16,280 once the
 * fold read the four Latin small capitals no other script draws, ꜱ ᴍ ꜰ ꞯ (+40; the fold is the matcher's first stage,
 * so it cannot wait in page-detect.js). 16,406 once the first stage hands the second a text that may hold a seller's
 * spelling (a digit or @ between letters, four letters spread alike, a blank that is a letter: +127, the expression of
 * staged-matcher.ts' otherReading; the readings themselves are in full-scan.js, lib/matching/seller-readings.ts).
 * 16,464 once it also hands over an asterisk between letters, a symbol drawn as a letter (regional indicators,
 * enclosed letters), a line break before a small letter and a hashtag (+58, the same expression; seller35).
 * 16,502 once that expression is built on first use (+38, its source as a string: as a literal its fifteen property
 * escapes cost every frame's evaluation of this script ~2.4 ms CPU, compile and run, alternated; ready36).
 * 16,567 once walk.ts's Endings makes a paradigm's set of endings when a word first asks about it and its endings
 * distinct in one pass (+65: every frame made all 122 sets as its dictionary loaded, ~0.5 ms of Node CPU; ready36).
 * 16,449 once the pack head holds the endings grouped by the background, which Endings splits on first use (-118;
 * pack37, tab pack format 10).
 */
const BUDGET_BYTES = 16_452;
const contentScript = join(extensionDir, 'content-scripts', 'content.js');
/**
 * What every embedded frame of every page evaluates (ads, trackers and pixels included): the frame-worth wait and one
 * message, 1,324 bytes (85 of them watch for a frame's first size, which a cross-origin frame can lack when it runs).
 * The issue's ≤ 1 ms for a frame without words leaves no room for more than a few kB.
 */
const FRAME_BUDGET_BYTES = 3_000;
const frameScript = join(extensionDir, 'content-scripts', 'frame.js');

/** Strings of the hover card and its watcher that survive minification: message keys, styles, the caret lookup. */
const CARD_MARKERS = ['hoverKindTaxon', 'box-shadow', 'caretPositionFromPoint'];
/**
 * Strings of the second stage that survive minification: the sense filter's verdicts (lib/matching/sense-filter.ts),
 * the tally's attribute mark (lib/detect/tally.ts), the entries' decoder (lib/matching/pack/lists.ts).
 */
const SECOND_STAGE_MARKERS = ['"ambiguous"', '"competing"', 'inAttributes', 'is malformed'];
/** Strings of the page scanner and the painter that survive minification: the tag sets, the registry, the measure. */
const PAGE_DETECT_MARKERS = ['TEXTAREA', 'highlights', 'MutationObserver', 'spoor:pass'];

/** Strings that survive minification, one set per thing that must stay out. */
const MUST_STAY_OUT: Record<string, string[]> = {
  zod: ['ZodError', '$ZodType', 'Invalid input'],
  'protocol schemas': ['flag/capture', 'dashboard/', 'backup/', 'signing/', 'batch/'],
  'ad extraction (lib/extract)': ['og:title', 'itemprop'],
  'page snapshot': [SNAPSHOT_CSP, 'data-spoor-neutralised', 'x-dns-prefetch-control'],
  'rule data (compiled into the dictionary pack)': ['netsuke', 'budgerigar', 'perruche', 'Ϳ'],
  'hover card and watcher (injected on the first paint)': CARD_MARKERS,
  "matcher's second stage (injected when text first holds a candidate)": SECOND_STAGE_MARKERS,
  'page scanner and painter (injected while the dictionary loads)': PAGE_DETECT_MARKERS,
};

describe('the built content script', () => {
  const code = readFileSync(contentScript, 'utf8');

  it(`is at most ${BUDGET_BYTES.toLocaleString('en')} bytes minified`, () => {
    const bytes = statSync(contentScript).size;
    console.info(`content script: ${bytes.toLocaleString('en')} bytes (budget ${BUDGET_BYTES.toLocaleString('en')})`);
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it.each(Object.entries(MUST_STAY_OUT))('holds no %s', (_, markers) => {
    expect(markers.filter((marker) => code.includes(marker))).toEqual([]);
  });

  it(`leaves embedded frames to the frame script, at most ${FRAME_BUDGET_BYTES.toLocaleString('en')} bytes, which asks for it`, () => {
    const bytes = statSync(frameScript).size;
    console.info(
      `frame script: ${bytes.toLocaleString('en')} bytes (budget ${FRAME_BUDGET_BYTES.toLocaleString('en')})`,
    );
    expect(bytes).toBeLessThanOrEqual(FRAME_BUDGET_BYTES);
    const frame = readFileSync(frameScript, 'utf8');
    expect(frame).toContain('detect/frame');
    // Nothing of the detector: no dictionary read, no tag sets of the scanner, no highlights, no schemas.
    expect(['storage', 'highlights', 'TEXTAREA', 'ZodError'].filter((marker) => frame.includes(marker))).toEqual([]);
  });

  it('leaves the hover card to hover-card.js, which the background injects on the first paint', () => {
    const card = readFileSync(join(extensionDir, MATCH_CARD_FILE), 'utf8');
    expect(CARD_MARKERS.filter((marker) => !card.includes(marker))).toEqual([]);
  });

  it("leaves the matcher's second stage to full-scan.js, which the background injects when text first needs it", () => {
    const stage = readFileSync(join(extensionDir, onDemandFile('full-scan')), 'utf8');
    expect(SECOND_STAGE_MARKERS.filter((marker) => !stage.includes(marker))).toEqual([]);
  });

  it('leaves the page scanner and painter to page-detect.js, injected while the dictionary loads', () => {
    const pageDetect = readFileSync(join(extensionDir, onDemandFile('page-detect')), 'utf8');
    expect(PAGE_DETECT_MARKERS.filter((marker) => !pageDetect.includes(marker))).toEqual([]);
  });

  it('leaves reading the ad to the page reader, injected at flag time, which has what the content script lacks', () => {
    const reader = readFileSync(join(extensionDir, PAGE_READER_FILE), 'utf8');
    expect(reader).toContain('og:title');
    expect(reader).toContain('data-spoor-neutralised');
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    expect(manifest.content_scripts).toEqual([
      expect.objectContaining({ js: ['content-scripts/content.js'], all_frames: false }),
      expect.objectContaining({ js: ['content-scripts/frame.js'], all_frames: true, match_about_blank: true }),
    ]);
  });
});
