import { foldedCueWords, LANGS_HEADER } from '@/lib/matching/cue-words';
import { findKey, KEY_RANGE } from '@/lib/matching/flat-index';
import type { MatcherParts } from '@/lib/matching/staged-matcher';
import { tokenize, type Tokens } from '@/lib/matching/tokenize';
import type { MatchRules } from '@/lib/matching/types';

/** Letters a piece needs, unless it is a function word: shorter ones would split almost any run ("#bearsfan"). */
const MIN_PIECE_LETTERS = 3;
/** Letters a stemmed cue ("carv*", "figurine*") may carry after its stem in a piece: "carvings", "figurines". */
const STEM_ENDING_LETTERS = 4;
/**
 * Letters a name's first word may carry after the stem its key holds ("слонов|ая", "sloniow|a"): a piece that is a
 * stem so followed is tried with the piece after it as a two-word name.
 */
const NAME_ENDING_LETTERS = 4;

/** Letters of a word that links a name's words ("de", "di", "des", "del"): read only inside a name. */
const MAX_LINK_LETTERS = 3;
/**
 * Runs whose split is remembered, for the tags a page repeats under every post (a run of 40 letters takes up to
 * ~900 walks, 20 ms); forgotten all at once past this.
 */
const MAX_REMEMBERED = 2_000;

/** Splits a run of letters into known words, or says it does not split cleanly (undefined). */
export type GluedSplitter = (letters: string) => string[] | undefined;

/**
 * A splitter of the runs sellers glue in hashtags ("#antiqueivory", "#слоноваякость") into the words a reader sees:
 * only a run that is wholly known words splits, each a name of the dictionary (alone, or with the piece after it a
 * two-word name), or a word its sense rules know (a wildlife or everyday cue, a function word: "antique",
 * "carving", "faux", "coast", "soap"). The pieces then meet the sense filter as written words do, so "#fauxivory"
 * and "#ivorysoap" stay quiet; a run with a piece of no known word ("#ivorylandia") is left whole.
 * The fewest pieces win. Built on the second stage's parts, with the rules' words collected on first use.
 */
export function gluedSplitter({ index, walker, foldMixed, lists }: MatcherParts): GluedSplitter {
  let cues: CueWords | undefined;
  const spansName = (tokens: Tokens) =>
    walker.findAll(tokens).some((found) => found.start === 0 && found.end === tokens.count - 1 && !found.edited);
  /** Whether the folded word less a short ending is a key a name starts with. */
  const startsName = (word: string) => {
    const from = index.nodeRanges[KEY_RANGE.words]!;
    const to = index.nodeRanges[KEY_RANGE.words + 1]!;
    for (let cut = word.length; cut >= MIN_PIECE_LETTERS && cut >= word.length - NAME_ENDING_LETTERS; cut--)
      if (findKey(index, from, to, word, 0, cut) >= 0) return true;
    return false;
  };
  /** How a folded word is known to the rules' lists: as itself, as a starred cue's stem and ending, or not. */
  const cueFit = (word: string): 'word' | 'stem' | undefined => {
    cues ??= ruleWords(lists.rules);
    if (cues.words.has(word)) return 'word';
    if (word.length < MIN_PIECE_LETTERS) return undefined;
    for (let cut = word.length; cut >= word.length - STEM_ENDING_LETTERS && cut >= MIN_PIECE_LETTERS; cut--)
      if (cues.stems.has(word.slice(0, cut))) return 'stem';
    return undefined;
  };
  const remembered = new Map<string, string[] | undefined>();
  const splitRun = (letters: string) => {
    const lower = letters.toLowerCase();
    const length = lower.length;
    /** What a piece lower[from, to) costs alone (2, 3 for a starred cue read with an ending; 0: unknown), and whether
     * a name starts with it: asked once a piece. */
    const pieces = new Map<number, { cost: number; startsName: boolean }>();
    const piece = (from: number, to: number) => {
      let known = pieces.get(from * (length + 1) + to);
      if (known) return known;
      const tokens = tokenize(lower.slice(from, to), foldMixed);
      // A piece cut before a combining mark is no word; the whole run is no piece of itself: it is matched as written.
      if (tokens.count !== 1 || (from === 0 && to === length)) known = { cost: 0, startsName: false };
      else {
        const word = tokens.folded(0);
        const fit = cueFit(word);
        // A name's word read as written, not a slip of the fingers (walk.ts): "eelefante" is no piece.
        const name = to - from >= MIN_PIECE_LETTERS && startsName(word);
        known = {
          cost: fit === 'word' || (name && spansName(tokens)) ? 2 : fit === 'stem' ? 3 : 0,
          startsName: name,
        };
      }
      pieces.set(from * (length + 1) + to, known);
      return known;
    };
    /** splits[at]: whether lower[at, length) is empty or splits into known pieces, each alone. */
    const splits: boolean[] = [];
    splits[length] = true;
    for (let from = length - 1; from >= 0; from--)
      for (let to = from + 2; to <= length && !splits[from]; to++)
        splits[from] = splits[to]! && piece(from, to).cost > 0;
    /**
     * best[at]: the cheapest known pieces that cover lower[0, at), by their starts, or undefined when none do. A
     * piece costs 2, one more when it is a starred cue read with an ending: "tortoiseshell comb" beats "tortoise
     * shellcomb" ("shell*").
     */
    const best: ({ starts: number[]; cost: number } | undefined)[] = [{ starts: [], cost: 0 }];
    const reach = (to: number, starts: number[], cost: number) => {
      if (!best[to] || best[to].cost > cost) best[to] = { starts, cost };
    };
    for (let from = 0; from < length; from++) {
      const before = best[from];
      if (!before) continue;
      for (let to = from + 2; to <= length; to++) {
        const { cost, startsName } = piece(from, to);
        const starts = [...before.starts, from];
        if (cost > 0) reach(to, starts, before.cost + cost);
        if (!startsName) continue;
        // The name's other words: the next piece, or a short linking word and the piece after it ("peau de
        // crocodile", "colmillo de elefante"), as the walk reads the phrase; only up to where the rest splits.
        const first = lower.slice(from, to);
        for (let link = 0; link <= MAX_LINK_LETTERS; link++)
          for (let end = to + link + MIN_PIECE_LETTERS; end <= length; end++) {
            if (!splits[end]) continue;
            const rest = lower.slice(to + link, end);
            const phrase = link ? `${first} ${lower.slice(to, to + link)} ${rest}` : `${first} ${rest}`;
            if (spansName(tokenize(phrase, foldMixed)))
              reach(end, link ? [...starts, to, to + link] : [...starts, to], before.cost + (link ? 6 : 4));
          }
      }
    }
    const starts = best[length]?.starts;
    if (!starts) return undefined;
    return starts.map((start, i) => letters.slice(start, starts[i + 1] ?? length));
  };
  return (letters) => {
    if (remembered.has(letters)) return remembered.get(letters);
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    const split = splitRun(letters);
    remembered.set(letters, split);
    return split;
  };
}

interface CueWords {
  words: Set<string>;
  /** Stems of cues written with a star ("carv*"). */
  stems: Set<string>;
}

/** Every word of the rules' lists (cues, function words, group and exempt names), folded as the walk folds. */
function ruleWords(rules: MatchRules): CueWords {
  const cues: CueWords = { words: new Set(), stems: new Set() };
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const { text, stem } of foldedCueWords(value))
        if (stem) cues.stems.add(text);
        else if (text && !text.startsWith(LANGS_HEADER)) cues.words.add(text);
    } else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  for (const [name, list] of Object.entries(rules)) if (name !== 'confusables') collect(list);
  return cues;
}
