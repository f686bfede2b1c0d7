import type { PaperworkClaim } from '@/lib/records/flag';
import {
  AVAILABLE,
  CAPTIVE_BRED,
  CITES,
  EXEMPTIONS,
  NAMED_PERMITS,
  NOT_AFTER,
  NOT_ANTIQUE,
  NOT_BEFORE,
  PAPER,
  WITH,
} from './paperwork-words';

type Kind = 'permit' | 'none' | 'exemption' | 'note';
interface Sighting {
  kind: Kind;
  label: string;
  phrase: string;
}

const words = (source: string, flags = 'giu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}])`, flags);
const GAP = '(?:[\\s-]+[^\\s.!?;,]+){0,2}?[\\s-]*';

/** Documents, each with its label when it is claimed; `bare` ones only count when denied ("pas de papiers"). */
const DOCUMENTS: ReadonlyArray<{ label: string; pattern: RegExp; bare?: true }> = [
  { label: 'CITES certificate', pattern: words(`(?:${CITES})${GAP}(?:${PAPER})|(?:${PAPER})${GAP}(?:${CITES})`) },
  { label: 'CITES certificate', pattern: words(`(?:${WITH})\\s(?:${CITES})|(?:${CITES})\\s?:?\\s?(?:${AVAILABLE})`) },
  ...NAMED_PERMITS.map(([label, source]) => ({ label, pattern: words(source) })),
  {
    label: 'papers',
    pattern: words(`(?:${WITH})\\s(?:[^\\s.!?;,]+\\s)?(?:${PAPER})|(?:${PAPER})\\s?:?\\s?(?:${AVAILABLE})`),
  },
  { label: 'papers', pattern: words(PAPER), bare: true },
];
const DENIED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${NOT_BEFORE})((?:[\\s']+[^\\s.!?;,]+){0,2}?)[\\s'-]*$`, 'iu');
/** "No reserve, with papers" is no denial: a with-word or a "but" between them turns it around. */
const TURN = new RegExp(`(?<![\\p{L}])(?:${WITH}|but|aber|mais|maar|pero|ma|ale|но|however)(?![\\p{L}])`, 'iu');
const DENIED_AFTER = new RegExp(`^\\s*[:–—-]?\\s*(?:[^\\s.!?;,]+\\s+){0,2}?(?:${NOT_AFTER})(?![\\p{L}])`, 'iu');
const NOT_AN_AGE = words(NOT_ANTIQUE, 'iu');
const BOUNDARY = /[.!?;,\n•|]/;

/** The clause around a match: what is said before and after it, up to the nearest punctuation. */
function clause(text: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > 0 && start - from < 80 && !BOUNDARY.test(text[from - 1])) from -= 1;
  let to = end;
  while (to < text.length && to - end < 80 && !BOUNDARY.test(text[to])) to += 1;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

function sightings(text: string): Sighting[] {
  const found: Sighting[] = [];
  const covered: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => covered.some(([a, b]) => start < b && end > a);
  for (const { label, pattern, bare } of DOCUMENTS) {
    for (const match of text.matchAll(pattern)) {
      const [start, end] = [match.index, match.index + match[0].length];
      if (overlaps(start, end)) continue;
      const { before, after } = clause(text, start, end);
      const denial = DENIED_BEFORE.exec(before);
      const deniedBefore = denial && !TURN.test(denial[1]) ? denial : undefined;
      const deniedAfter = DENIED_AFTER.exec(after);
      if (deniedBefore || deniedAfter) {
        const phrase = `${deniedBefore?.[0] ?? ''}${match[0]}${deniedBefore ? '' : (deniedAfter?.[0] ?? '')}`;
        const cites = /cites|ситес|сайтс/i.test(match[0]);
        found.push({ kind: 'none', label: cites ? 'no CITES certificate' : 'no papers', phrase });
      } else if (!bare) found.push({ kind: 'permit', label, phrase: match[0] });
      else continue;
      covered.push([start, end]);
    }
  }
  for (const [label, source] of EXEMPTIONS) {
    for (const match of text.matchAll(words(source))) {
      const { before } = clause(text, match.index, match.index + match[0].length);
      const around = text.slice(Math.max(0, match.index - 12), match.index + match[0].length + 12);
      if (DENIED_BEFORE.test(before) || NOT_AN_AGE.test(around)) continue;
      found.push({ kind: 'exemption', label, phrase: match[0] });
      break;
    }
  }
  const bred = words(CAPTIVE_BRED, 'u').exec(text);
  if (bred) found.push({ kind: 'note', label: 'captive bred', phrase: bred[0] });
  // Documents in the order they are listed (CITES first), exemptions from the most specific (pre-1947) down.
  return found;
}

/** What the ad claims about its papers, and a short summary for the researcher's "paperwork" field. */
export interface PaperworkReading {
  claim: PaperworkClaim;
  /** "CITES certificate; pre-1947", "no papers", "" when the ad says nothing. */
  summary: string;
}

const PRIORITY: readonly Kind[] = ['permit', 'exemption', 'none'];
const ORDER: readonly Kind[] = ['permit', 'none', 'exemption', 'note'];

/**
 * Reads what an ad claims about permits, negation included, in Spoor's eight languages: it claims a
 * permit ("mit CITES Papieren", "A10 cert"), says there is none ("no CITES papers", "pas de papiers",
 * "Документов нет"), claims an exemption ("pre-1947", "antique"), or says nothing. A permit claim
 * outranks an exemption, which outranks a denial; the phrase is the ad's own words.
 * @example readPaperwork('ohne CITES Papiere').claim // { claim: 'none', phrase: 'ohne CITES Papiere' }
 */
export function readPaperwork(text: string): PaperworkReading {
  const found = sightings(text.slice(0, 20_000));
  const main = PRIORITY.map((kind) => found.find((sighting) => sighting.kind === kind)).find(Boolean);
  const labels = ORDER.flatMap((kind) =>
    found.filter((sighting) => sighting.kind === kind).map((sighting) => sighting.label),
  );
  const specific = labels.some((label) => label.endsWith('certificate') && !label.startsWith('no '));
  const summary = [...new Set(labels)].filter((label) => !(label === 'papers' && specific)).join('; ');
  const claim: PaperworkClaim = main
    ? { claim: main.kind as PaperworkClaim['claim'], phrase: main.phrase.replace(/\s+/g, ' ').trim().slice(0, 120) }
    : { claim: 'silent' };
  return { claim, summary };
}
