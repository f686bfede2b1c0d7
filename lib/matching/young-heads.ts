import { foldWord } from '@/lib/matching/fold';

/**
 * The heads of German and Dutch compounds that name the young the live trade sells ("Servalkätzchen",
 * "Tigerbabys", "Graupapageienküken", "tijgerwelpen", "papegaaienkuikens"), as written. Such a compound names the
 * animal itself: an inflected ending to the matcher (inflection.ts), never a cue of another sense to the sense
 * filter (a dog's "Welpen" beside a word is one; "Tigerwelpen" are tiger cubs). Not Dutch "jong", "jongen" (a boy).
 */
export const YOUNG_HEADS = {
  de: 'baby babys kätzchen küken welpe welpen jungtier jungtiere',
  nl: 'welp welpen welpje welpjes baby babys kuiken kuikens',
} as const;

/**
 * Young-animal words standing alone, in the eight languages, folded as the page's words are ("młode" reads "mlode"):
 * to the sense filter they support an animal's name but never outweigh another sense's cue (a plush "lion cub").
 */
export const YOUNG_WORDS: ReadonlySet<string> = new Set(
  foldWord(
    `cub cubs baby babies bébé bébés lionceau lionceaux welpe welpen jungtier jungtiere welp cachorro cachorros bebé
      bebés cucciolo cuccioli młode детеныш детеныши детеныша детенышей детенышем`,
  ).split(/\s+/),
);

/**
 * The adjectives "young" that name an animal's young only right before its name ("ein junger Gepard", "jonge
 * orang-oetan"); further off they describe anything ("jonge jenever", "junges Gemüse"). Not German "Junge", Dutch
 * "jong" (a boy), nor English "young" (the "Young Lions", a team).
 */
export const YOUNG_ADJECTIVES: ReadonlySet<string> = new Set(foldWord('junger junges jonge').split(' '));

/**
 * The names of the big cats' young that are words of their own (the lion's and the tiger's, taxa-mammals.ts), in
 * their cases, folded: such a name is a young-animal word itself, so a car's cues say nothing against it ("lwiątko
 * znalezione w samochodzie"), as they say nothing against "a tiger cub found in a car".
 */
export const YOUNG_NAMES: ReadonlySet<string> = new Set(
  foldWord(
    `lionceau lionceaux lwiątko lwiątka lwiątku lwiątkiem lwięta lwiąt lwiętami tygrysiątko tygrysiątka tygrysiątku
      tygrysiątkiem tygrysięta tygrysiąt tigrotto tigrotti львёнок львёнка львёнку львёнком львёнке львята львят
      львятами тигрёнок тигрёнка тигрёнку тигрёнком тигрёнке тигрята тигрят тигрятами`,
  ).split(/\s+/),
);

/**
 * The heads of German and Dutch compounds that name an animal's fur, skin or leather, and the fur garments made of it,
 * after the linking letters ("Ozelotpelz", "Leopardenfell", "luipaardbont", "lynxbont", "ocelotbontjas"): such a
 * compound names the material, never the brand or the everyday word its first part spells (the "Lynx" deodorant).
 * The material heads of inflection.ts's product compounds.
 */
const MATERIAL_HEADS = {
  de: 'fell felle haut häute leder pelz pelzmantel',
  nl: 'huid huiden vel vellen leer bont bontjas bontjassen',
} as const;

let materialRest: RegExp | undefined;

/** Whether the rest of a folded compound after its animal is a fur, skin or leather head, after its linking letters. */
export function isMaterialHead(rest: string): boolean {
  materialRest ??= new RegExp(
    `^(?:en|n|s)?(?:${foldWord(`${MATERIAL_HEADS.de} ${MATERIAL_HEADS.nl}`).split(' ').join('|')})$`,
  );
  return materialRest.test(rest);
}

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
