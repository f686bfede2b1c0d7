import { BREEDER_PREFIX } from '@/lib/matching/breeder-prefixes';
import { HARD_BREAK, LINE_BREAK } from '@/lib/matching/fold';
import { findKey, KEY_RANGE, type FlatIndex } from '@/lib/matching/flat-index';
import { EDIT_MIN, oneEditSpellings } from '@/lib/matching/one-edit';
import { ENDING_SEPARATOR, type PackedParadigms } from '@/lib/matching/packed-paradigms';
import type { Tokens } from '@/lib/matching/tokenize';

/** A pattern found over words start..end (inclusive word indexes), before overlaps and exclusions. */
export interface Found {
  start: number;
  end: number;
  pattern: number;
  /** Set when the name's first word was read one letter dropped, added or changed away (one-edit.ts). */
  edited?: true;
}

const NONE: readonly string[] = [];

/**
 * The endings each paradigm allows, indexed for lookups from a word's end. Built in every frame as its dictionary
 * loads, from the pack head's strings (packed-paradigms.ts): a group of endings, or a paradigm's set, is made when a
 * word first asks about it. Grouping the 9,515 endings (the bundled list) here cost each frame ~1.7 ms of Node CPU
 * (issue 14; bench/endings-build.ts).
 */
export class Endings {
  private readonly byParadigm: Set<string>[] = [];
  /** Non-empty endings by their last character, split when a word first asks: it tries only these. */
  private readonly byLastChar: Record<string, readonly string[]> = {};

  constructor(private readonly packed: PackedParadigms) {}

  /** Endings (besides '') a word ending in `lastChar` may carry. */
  endingWith(lastChar: string): readonly string[] {
    return (this.byLastChar[lastChar] ??= this.packed.byLastChar[lastChar]?.split(ENDING_SEPARATOR) ?? NONE);
  }

  allows(paradigm: number, ending: string): boolean {
    return (this.byParadigm[paradigm] ??= new Set(this.packed.endings[paradigm]?.split(ENDING_SEPARATOR))).has(ending);
  }
}

/**
 * Characters a probe (a word, after a phrase's first word with its separator) must have before the walk reads a
 * slip of the fingers in it: two neighbouring letters swapped ("tortiose"), a letter doubled ("Sulcatta", "pittone") or
 * a doubled one written once ("Testudo hermani"), the first letter kept. A letter dropped, added or changed is never
 * read: those make everyday words of names ("surgeon", "torture", "pistone", "карман").
 */
const SLIP_MIN = 7;

/**
 * Pages repeat their words, and the words after a name's first word: lookups are remembered per node (bounded, all
 * nodes together). A child's were not, and its slips made most of the walk's index searches: " programming" after
 * "Python" tries 20 spellings on every listing that says it (53,000 searches on the 2,000-listing page, 600 after).
 */
const CACHE_LIMIT = 50_000;

/**
 * Walks a flat index (flat-index.ts). Per word the cost is a few binary
 * searches (the word itself, then once per ending it ends with), whatever the
 * dictionary size, and nothing is built for the words that match nothing.
 */
export class Walker {
  /** Remembered lookups: node → probe → arcs (see CACHE_LIMIT); `remembered` counts them. */
  private readonly cache = new Map<number, Map<string, number[] | null>>();
  private remembered = 0;
  /** The remembered arcs that a word gives only read one edit away (see `edited`). */
  private readonly editedArcs = new WeakSet<number[]>();

  declare private readonly index: FlatIndex;
  declare private readonly endings: Endings;

  constructor(index: FlatIndex, endings: Endings) {
    this.index = index;
    this.endings = endings;
  }

  /**
   * Every pattern occurrence in the words, in order of start word. A line
   * break inside a paragraph joins words like a space, but only for patterns
   * that cross lines (scientific names: "Loxodonta<br>africana").
   */
  findAll(tokens: Tokens): Found[] {
    const { arcPatterns, arcPatternList, arcChildren, patternCrossesLines } = this.index;
    const found: Found[] = [];
    const step = (node: number, start: number, at: number, probe: string, acrossLine: boolean, edited?: true): void => {
      const arcs = this.arcs(node, probe);
      if (arcs === null) return;
      if (this.editedArcs.has(arcs)) edited = true;
      for (let a = 0; a < arcs.length; a++) {
        const arc = arcs[a]!;
        for (let i = arcPatterns[arc]!; i < arcPatterns[arc + 1]!; i++) {
          const pattern = arcPatternList[i]!;
          if (!acrossLine || patternCrossesLines[pattern] === 1)
            found.push(edited ? { start, end: at, pattern, edited } : { start, end: at, pattern });
        }
        const next = at + 1;
        const child = arcChildren[arc + 1]!;
        if (child === arcChildren[arc] || next >= tokens.count) continue;
        const sep = tokens.sep(at);
        if (sep === HARD_BREAK) continue;
        if (sep === LINE_BREAK) step(child, start, next, ' ' + tokens.folded(next), true, edited);
        else step(child, start, next, sep + tokens.folded(next), acrossLine, edited);
      }
    };
    for (let start = 0; start < tokens.count; start++) step(0, start, start, tokens.folded(start), false);
    return found;
  }

  private arcs(node: number, probe: string): number[] | null {
    const { cache } = this;
    let byProbe = cache.get(node);
    if (!byProbe) cache.set(node, (byProbe = new Map()));
    let arcs = byProbe.get(probe);
    if (arcs === undefined) {
      if (++this.remembered > CACHE_LIMIT) {
        // The map at hand is left out of the cache too: what is set in it below is dropped with it.
        cache.clear();
        this.remembered = 0;
      }
      byProbe.set(probe, (arcs = this.slip(node, probe)));
    }
    return arcs;
  }

  /**
   * The arcs the probe satisfies, or else the first spelling of it with one slip (see SLIP_MIN) satisfies as a whole
   * word (never the start or end of a compound: "Kaviaarlimoen", "warranty" and "Steuern" hold no name): at each
   * letter after the first, that letter doubled (or, doubled already, written once), then, from the third letter, it
   * and the one before it swapped ("flacon" is no "falcon"), but not the last two: a word's ending is its own, not a
   * slip ("Goodyear" is no "Goodyera"). Runs for words that match nothing, from SLIP_MIN
   * characters only; and, for a phrase's first word, what follows a breeder's or age word it opens with
   * (breeder-prefixes.ts).
   */
  private slip(node: number, probe: string): number[] | null {
    let arcs = this.arcsFor(node, probe);
    for (let at = node ? 2 : 1; !arcs && probe.length >= SLIP_MIN && at < probe.length; at++) {
      const head = probe.slice(0, at - 1);
      const tail = probe.slice(at + 1);
      const before = probe[at - 1]!;
      const letter = probe[at]!;
      arcs =
        this.arcsFor(node, head + before + (before === letter ? '' : letter + letter) + tail, true) ??
        (at > (node ? 3 : 2) && at < probe.length - 1 ? this.arcsFor(node, head + letter + before + tail, true) : null);
    }
    // A name's first word may follow a breeder's or age word in one compound ("Nachzuchtkönigspythons").
    const rest = arcs || node ? probe : probe.replace(BREEDER_PREFIX, '');
    if (rest !== probe) arcs = this.arcsFor(node, rest);
    return arcs || node || probe.length < EDIT_MIN ? arcs : this.edited(probe);
  }

  /**
   * The arcs of the one name's first word that the word is one letter dropped, added or changed away from
   * (one-edit.ts), or null when none is, or more than one is: a slip is read only where it can mean one name. Its
   * matches carry `edited`, and the second stage keeps them only beside wildlife words (sense-filter.ts).
   */
  private edited(probe: string): number[] | null {
    let arcs: number[] | null = null;
    for (const spelling of oneEditSpellings(this.index, probe)) {
      // A whole word, in any of the name's forms ("rinocerante" is "rinoceronte", "chamelons" "chameleons"), whose
      // name is long ("Colombo" is no "colobo", "Питомник" no "питоник").
      const found = this.arcsFor(0, spelling, true, true, EDIT_MIN - 1);
      if (!found) continue;
      if (arcs && arcs.join() !== found.join()) return null;
      arcs = found;
    }
    if (arcs) this.editedArcs.add(arcs);
    return arcs;
  }

  /**
   * The arcs of `node` that the probe (separator + folded word) satisfies; null when none (the usual case). `whole`:
   * never the start or end of a compound; `inflected`: the name with one of its endings; `shortestKey`: the fewest
   * characters the name less its ending may have (a short stem and a long ending, "питон-ик", is no slip).
   */
  private arcsFor(node: number, probe: string, whole?: boolean, inflected = !whole, shortestKey = 0): number[] | null {
    const { index, endings } = this;
    const { nodeRanges } = index;
    const length = probe.length;
    const candidates = inflected ? endings.endingWith(probe[length - 1]!) : NONE;
    // Runs for every word of a page, in code that is still cold there: no closure, tuple or array per call, and
    // indexed loops (an unoptimised `for…of` makes an iterator result per ending tried).
    let found: number[] | null = null;
    const wordsFrom = nodeRanges[3 * node + KEY_RANGE.words]!;
    const wordsTo = nodeRanges[3 * node + KEY_RANGE.words + 1]!;
    const suffixedFrom = nodeRanges[3 * node + KEY_RANGE.suffixed]!;
    const suffixedTo = nodeRanges[3 * node + KEY_RANGE.suffixed + 1]!;
    // The word less each ending it may carry ('' first, then the candidates) is a word key, and any end of it a
    // suffixed key.
    for (let e = -1; e < candidates.length && (wordsFrom < wordsTo || suffixedFrom < suffixedTo); e++) {
      const ending = e < 0 ? '' : candidates[e]!;
      const coreEnd = length - ending.length;
      if (ending.length >= length || coreEnd < shortestKey || !probe.endsWith(ending)) continue;
      if (wordsFrom < wordsTo)
        found = this.addArcs(found, findKey(index, wordsFrom, wordsTo, probe, 0, coreEnd), ending);
      // A slipped spelling is a whole word: a name that may end a compound ("kaketoe") is read from its first letter
      // only ("kakketoe"), never as the end of a longer word.
      for (let from = 0; suffixedFrom < suffixedTo && from < (whole ? 1 : coreEnd); from++)
        found = this.addArcs(found, findKey(index, suffixedFrom, suffixedTo, probe, from, coreEnd), ending);
    }
    const prefixedFrom = nodeRanges[3 * node + KEY_RANGE.prefixed]!;
    const prefixedTo = whole ? prefixedFrom : nodeRanges[3 * node + KEY_RANGE.prefixed + 1]!;
    for (let end = 1; prefixedFrom < prefixedTo && end <= length; end++) {
      found = this.addArcs(found, findKey(index, prefixedFrom, prefixedTo, probe, 0, end));
    }
    return found;
  }

  /** `found` with the arcs of a key slot (none when -1) whose paradigm allows `ending` (any when undefined). */
  private addArcs(found: number[] | null, slot: number, ending?: string): number[] | null {
    if (slot < 0) return found;
    const { slotArcs, arcParadigm } = this.index;
    for (let arc = slotArcs[slot]!; arc < slotArcs[slot + 1]!; arc++) {
      if (ending === undefined || this.endings.allows(arcParadigm[arc]!, ending)) (found ??= []).push(arc);
    }
    return found;
  }
}
