import { foldWord } from '@/lib/matching/fold';

/**
 * The heads of German and Dutch compounds that name the young the live trade sells ("Servalkätzchen",
 * "Tigerbabys", "Graupapageienküken", "tijgerwelpen", "papegaaienkuikens"), as written. Such a compound names the
 * animal itself: an inflected ending to the matcher (inflection.ts), never a cue of another sense to the sense
 * filter (a dog's "Welpen" beside a word is one; "Tigerwelpen" are tiger cubs). Not Dutch "jong", "jongen" (a boy).
 */
export const YOUNG_HEADS = {
  de: 'baby babys kätzchen küken welpe welpen jungtier jungtiere',
  nl: 'welp welpen baby babys kuiken kuikens',
} as const;

/**
 * Young-animal words standing alone, in the eight languages, folded as the page's words are ("młode" reads "mlode"):
 * to the sense filter they support an animal's name but never outweigh another sense's cue (a plush "lion cub").
 */
export const YOUNG_WORDS: ReadonlySet<string> = new Set(
  foldWord(
    'cub cubs baby babies lionceau lionceaux welpe welpen jungtier jungtiere welp cachorro cachorros cucciolo cuccioli młode детеныш детеныши',
  ).split(' '),
);

let youngRest: RegExp | undefined;
let youngCompound: RegExp | undefined;

const youngHeads = () => foldWord(`${YOUNG_HEADS.de} ${YOUNG_HEADS.nl}`).split(' ').join('|');

/** Whether the rest of a folded compound after its animal is a young-animal head, after a linking letter or two. */
export function isYoungHead(rest: string): boolean {
  youngRest ??= new RegExp(`^(?:en|n|s)?(?:${youngHeads()})$`);
  return youngRest.test(rest);
}

/** Whether a folded word is an animal's name joined to a young-animal head ("tigerbaby", "leeuwenwelpen"). */
export function isYoungCompound(word: string): boolean {
  youngCompound ??= new RegExp(`^\\p{L}{3,}(?:${youngHeads()})$`, 'u');
  return youngCompound.test(word);
}
