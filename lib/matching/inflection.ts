import type { Lang } from '@/lib/dictionary/schema';
import { foldWord } from '@/lib/matching/fold';
import { YOUNG_HEADS } from '@/lib/matching/young-heads';

/**
 * Inflection by endings, not by grammar: each language lists, per lemma ending,
 * the endings its inflected forms may have. A word "попугай" ends in the lemma
 * ending "й", so its stem is "попуга" and "попугая", "попугаем", "попугаев"
 * match. Forms that change the stem itself (German umlaut plurals, Polish
 * "papudze") are not covered: add them to the dictionary as terms of their own.
 *
 * Over-matching guard: a stem keeps at least MIN_STEM letters. A word too short
 * for any lemma ending to leave that much matches exactly ("fox", "кит", "orso"),
 * so short common words never turn into a net of near-misses. Inside a name of
 * several words the other words already guard it, so a stem there may be as
 * short as MIN_STEM_IN_PHRASE: "чёрная икра" also matches "чёрной икры".
 *
 * Endings are written with their diacritics and folded like page text
 * ("papugę" folds to "papuge", so the ending "ę" becomes "e").
 */
export const MIN_STEM = 4;
export const MIN_STEM_IN_PHRASE = 3;
/**
 * A Polish or Russian word of a name whose other words hold one of GUARD_LETTERS or more may keep a stem of one
 * letter: "ara hiacyntowa" → "ar hiacyntowych", "arami hiacyntowymi"; "lew afrykański" → "lwa afrykańskiego";
 * "морской конёк" → "морских коньков". The long word is what the text must hold as well.
 */
export const GUARD_LETTERS = 6;
const MIN_STEM_GUARDED = 1;
/**
 * A guarded word may be as short as two letters: "китовый ус" → "китового уса", "китовым усом" (baleen). On its own
 * such a word matches exactly, so the long word beside it is what the text must hold.
 */
const MIN_GUARDED_WORD = 2;
const GUARDED_LANGS: ReadonlySet<Lang> = new Set(['pl', 'ru']);

type Rules = Record<string, string[]>;

const RU_ADJECTIVE_HARD = ['ый', 'ой', 'ого', 'ому', 'ым', 'ом', 'ые', 'ых', 'ыми', 'ая', 'ую', 'ою', 'ое'];
const RU_ADJECTIVE_SOFT = ['ий', 'его', 'ему', 'им', 'ем', 'ие', 'их', 'ими', 'яя', 'юю', 'ею', 'ее', 'ей'];
const RU_YOUNG = ['ёнок', 'ёнка', 'ёнку', 'ёнком', 'ёнке', 'ята', 'ят', 'ятам', 'ятами', 'ятах'];
const PL_ADJECTIVE = ['y', 'i', 'ego', 'emu', 'ym', 'im', 'ymi', 'imi', 'ych', 'ich', 'a', 'ą', 'ej', 'e', 'o'];
// Soft and -ki/-gi adjectives keep their i before the ending: japoński, japońskiego, japońskie; tani, tania.
const PL_ADJECTIVE_SOFT = [...PL_ADJECTIVE, 'iego', 'iemu', 'iej', 'ie', 'ia', 'ią'];

/**
 * German and Dutch write a product as one word with the animal first: "Tigerfell", "Leopardenfell",
 * "Schlangenhaut", "tijgerhuid", "slangenhuid". The heads of such compounds that name a part or product in trade
 * (skin, hide, leather, tooth, tusk, horn, bone, fur, a coat, claws, scales, a shell ("Nautilusgehäuse"), the head of
 * a trophy, feathers and eggs ("Adlerfedern", "paradijsvogelveren", "Papageieneier"), and the fat and bile of
 * remedies) are endings too, after the linking letters of each language. So are the heads that name a keeper or
 * breeder of the animal ("Papageienhalter", "papegaaienkweker"), the young the live trade sells (young-heads.ts), the
 * captive-bred offspring and breeding pairs it offers ("Landschildkrötennachzuchten", "Kakadupärchen",
 * "landschildpadnakweek", "koningspythonpaartje"), and the words for an animal's sex, the falconers' "Weib" and
 * "Terzel" among them ("Graupapageienweibchen", "Kakaduhenne", "Habichtweib", "Wanderfalkenterzel"), and the
 * mammal's: a cat's tom and queen, a hoofed animal's buck, an elephant's or a whale's bull, cow and calf, a wild
 * ass's stallion and mare ("Servalkater", "Karakalkätzin", "Markhorbock", "Elefantenkuh", "servalkater",
 * "olifantenkoe").
 */
function productCompounds(links: readonly string[], heads: string): string[] {
  return links.flatMap((link) =>
    heads
      .trim()
      .split(/\s+/u)
      .map((head) => link + head),
  );
}
const DE_PRODUCTS = productCompounds(
  ['', 'en', 'n', 's'],
  `fell felle haut häute leder zahn zähne stoßzahn stoßzähne horn hörner bein knochen pelz pelzmantel mantel mäntel
    kralle krallen schuppen fett galle schädel kopf köpfe gehäuse feder federn eier weibchen männchen weib terzel
    halter züchter zucht nachzucht nachzuchten paar pärchen hahn henne kater kätzin katze katzen bock böcke bulle bullen
    kuh kühe kalb kälber hengst stute
    ${YOUNG_HEADS.de}`,
);
const NL_PRODUCTS = productCompounds(
  ['', 'en', 's'],
  `huid huiden vel vellen velletje velletjes leer tand tanden slagtand slagtanden hoorn hoorns been bont bontjas
    bontjassen jas jassen mantel mantels klauw klauwen schubben vet gal schedel kop koppen veer veren eieren houder
    houders kweker kwekers nakweek nakweken paar paartje paartjes koppel koppeltje mannetje mannetjes vrouwtje vrouwtjes
    kater katers bok bokken stier stieren koe koeien kalf kalveren hengst merrie
    ${YOUNG_HEADS.nl}`,
);

const RU_CASES = ['', 'а', 'у', 'ом', 'е', 'ы', 'и', 'ов', 'ей', 'ам', 'ами', 'ах'];

const RULES_BY_LANG: Record<Lang, Rules> = {
  en: {
    '': ['', 's', 'es'],
    y: ['y', 'ies', 'ys'],
    f: ['f', 'fs', 'ves'],
    fe: ['fe', 'fes', 'ves'],
    us: ['us', 'uses', 'i'],
  },
  fr: { '': ['', 's', 'x'], al: ['al', 'aux'], ail: ['ail', 'ails', 'aux'] },
  de: { '': ['', 'e', 'en', 'n', 's', 'es', 'er', 'ern', ...DE_PRODUCTS] },
  // Dutch sellers write the diminutive of a pet: aapje, schildpadje, papegaaitje, kikkertje, slangetje.
  nl: { '': ['', 'en', 's', 'n', 'je', 'jes', 'tje', 'tjes', 'etje', 'etjes', ...NL_PRODUCTS] },
  es: { '': ['', 's', 'es'], z: ['z', 'ces'] },
  it: {
    '': [''],
    o: ['o', 'i'],
    a: ['a', 'e', 'i'],
    e: ['e', 'i'],
    io: ['io', 'i'],
    ca: ['ca', 'che'],
    ga: ['ga', 'ghe'],
    co: ['co', 'chi', 'ci'],
    go: ['go', 'ghi', 'gi'],
    cia: ['cia', 'ce', 'cie'],
    gia: ['gia', 'ge', 'gie'],
  },
  pl: {
    // Hard and soft consonant stems together: żółw, żółwia, żółwie, żółwi, żółwiem…
    '': [
      '',
      'a',
      'u',
      'owi',
      'em',
      'ie',
      'e',
      'y',
      'i',
      'ów',
      'om',
      'ami',
      'ach',
      'ia',
      'iu',
      'iem',
      'iom',
      'iami',
      'iach',
    ],
    a: ['a', 'y', 'i', 'ę', 'ą', 'e', 'o', '', 'om', 'ami', 'ach', 'ej'],
    // The e that appears before -k in the genitive plural: amazonka → amazonek, papużka → papużek.
    ka: ['ka', 'ki', 'ce', 'kę', 'ką', 'ko', 'ek', 'kom', 'kami', 'kach', 'kiej'],
    // The e of -iec and -ec leaves in every other case: koralowiec → koralowca, koralowce, koralowców; nosorożec →
    // nosorożca, nosorożców.
    iec: ['iec', 'ca', 'cowi', 'cem', 'cu', 'ce', 'ców', 'com', 'cami', 'cach'],
    ec: ['ec', 'ca', 'cowi', 'cem', 'cu', 'ce', 'ców', 'com', 'cami', 'cach'],
    // The e of -er leaves as well in most loanwords: palisander → palisandru, palisandrem.
    er: ['er', 'ra', 'ru', 'rowi', 'rem', 'rze', 'ry', 'rów', 'rom', 'rami', 'rach', 'era', 'eru', 'erem', 'ery'],
    o: ['o', 'a', 'u', 'em', 'ie', 'e', '', 'om', 'ami', 'ach'],
    e: ['e', 'a', 'u', 'em', '', 'om', 'ami', 'ach', 'i'],
    y: PL_ADJECTIVE,
    i: PL_ADJECTIVE_SOFT,
    owa: ['owa', 'owej', 'ową', 'owe', 'owy', 'owych', 'owym', 'owymi', 'owego', 'owemu'],
    // The neuter adjective of a product's name: drewno agarowe → drewna agarowego, drewnem agarowym.
    owe: ['owe', 'owego', 'owemu', 'owym', 'owych', 'owymi'],
  },
  ru: {
    // With the young of an animal, which the live trade sells: тигр → тигрёнок, тигрёнка, тигрята, тигрят.
    '': [...RU_CASES, ...RU_YOUNG],
    й: ['й', 'я', 'ю', 'ем', 'е', 'и', 'ев', 'ям', 'ями', 'ях'],
    ь: ['ь', 'я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях', 'ью'],
    а: ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою', '', 'ам', 'ами', 'ах'],
    // The genitive plural's fleeting о: игрунка → игрунок.
    ка: ['ка', 'ки', 'ке', 'ку', 'кой', 'кою', 'ок', 'кам', 'ками', 'ках'],
    я: ['я', 'и', 'е', 'ю', 'ей', 'ею', 'ь', 'й', 'ям', 'ями', 'ях'],
    о: ['о', 'а', 'у', 'ом', 'е', '', 'ам', 'ами', 'ах'],
    е: ['е', 'я', 'ю', 'ем', 'и', 'ей', 'й', 'ям', 'ями', 'ях'],
    ый: RU_ADJECTIVE_HARD,
    ой: RU_ADJECTIVE_HARD,
    ая: RU_ADJECTIVE_HARD,
    ое: RU_ADJECTIVE_HARD,
    ий: [...RU_ADJECTIVE_SOFT, 'ого', 'ому', 'ом', 'ая', 'ую', 'ое', 'ой'],
    яя: RU_ADJECTIVE_SOFT,
    ее: RU_ADJECTIVE_SOFT,
  },
  la: { '': [''] },
};

const DE_BASE = RULES_BY_LANG.de[''];

/**
 * Inside a name of several words a Polish word in -a is as often the feminine adjective as the noun ("amazonka
 * niebieskoczelna", "kakadu molucka"): its plural cases join the noun's ("amazonek niebieskoczelnych").
 */
const PL_FEMININE_ADJECTIVE_IN_PHRASE: Record<string, string[]> = {
  a: ['ych', 'ym', 'ymi'],
  ka: ['kie', 'kich', 'kim', 'kimi'],
};

const PL_NOUN = RULES_BY_LANG.pl['']!;
// The feminine noun's diminutive in -ka, with its fleeting e: konura → konurki, konurek.
const PL_DIMINUTIVE_OF_A = ['ka', 'ki', 'kę', 'ką', 'ce', 'ek', 'kom', 'kami', 'kach'];
const RU_NOUN = RULES_BY_LANG.ru['']!;
const RU_FEMININE = RULES_BY_LANG.ru['а']!;
const RU_FEMININE_DIMINUTIVE = ['шка', 'шки', 'шке', 'шку', 'шкой', 'шкою', 'шек', 'шкам', 'шками', 'шках'];

/**
 * A Polish feminine noun in -a softens its last consonant in the dative and locative singular, and some before the
 * diminutive's -ka: papuga → papudze, papużka; aleksandretta → aleksandretcie; pantera → panterze; mucha → musze;
 * kobra → kobrze; żaba → żabie. Each lemma ending keeps every ending of -a, after its consonant.
 */
const PL_SOFTENED: Record<string, string[]> = {
  ga: ['dze', 'żka', 'żki', 'żkę', 'żką', 'żce', 'żek', 'żkom', 'żkami', 'żkach'],
  cha: ['sze', 'szka', 'szki', 'szkę', 'szką', 'szce', 'szek', 'szkom', 'szkami', 'szkach'],
  ta: ['cie'],
  da: ['dzie'],
  ra: ['rze'],
  ła: ['le'],
  ...Object.fromEntries([...'bpwfmnsz'].map((consonant) => [`${consonant}a`, [`${consonant}ie`]])),
};
function polishSoftenedCases(): Rules {
  const feminine = [...RULES_BY_LANG.pl.a!, ...PL_DIMINUTIVE_OF_A, ...PL_FEMININE_ADJECTIVE_IN_PHRASE.a!];
  return Object.fromEntries(
    Object.entries(PL_SOFTENED).map(([lemma, softened]) => {
      const consonant = lemma.slice(0, -1);
      return [lemma, [...feminine.map((ending) => consonant + ending), ...softened]];
    }),
  );
}

/**
 * A masculine noun whose last syllable loses its vowel in every other case: Polish lew → lwa, wróbel → wróbla,
 * dzioborożec → dzioborożca; Russian конёк → конька, орёл → орла, лев → льва. Each lemma ending (vowel and
 * consonant) keeps the noun's endings after it as written too, and takes them after the consonant alone (or after
 * `soft`, the soft sign Russian writes for the vowel after л and н).
 */
function fleetingVowel(noun: readonly string[], lemmas: readonly string[], soft = ''): Rules {
  return Object.fromEntries(
    lemmas.map((lemma) => {
      const consonant = lemma.slice(1);
      return [
        lemma,
        [
          ...noun.map((ending) => lemma + ending),
          ...noun.filter((ending) => ending !== '').map((ending) => soft + consonant + ending),
        ],
      ];
    }),
  );
}

/**
 * A pet's diminutive, which sellers write of a name of one word as readily as of a longer one: Spanish -ito/-ita
 * (with qu/gu before i, and -cito after a consonant: "pitón" → "pitoncito"), Italian -ino/-ina (with ch/gh, and
 * -ncino for -ne: "pitone" → "pitoncino", "tartaruga" → "tartarughine", "pappagallo" → "pappagallino") and the
 * Russian -ик, -чик, -йчик, -ка and -шка in their cases ("питончик", "попугайчика", "черепашку", "черепашек",
 * "обезьянку"). Each ending is a whole syllable or more and the stem keeps MIN_STEM letters, so a word alone gains
 * no near-misses of a letter or two. Joined to the language's own rules for the same lemma ending.
 */
const DIMINUTIVE_RULES: Partial<Record<Lang, Rules>> = {
  es: {
    '': ['cito', 'citos'],
    a: ['a', 'as', 'ita', 'itas'],
    o: ['o', 'os', 'ito', 'itos'],
    ca: ['ca', 'cas', 'quita', 'quitas'],
    ga: ['ga', 'gas', 'guita', 'guitas'],
  },
  it: {
    o: ['ino', 'ini'],
    a: ['ina', 'ine'],
    ne: ['ne', 'ni', 'ncino', 'ncini'],
    ca: ['china', 'chine'],
    ga: ['ghina', 'ghine'],
    co: ['chino', 'chini'],
    go: ['ghino', 'ghini'],
  },
  ru: {
    '': [...RU_CASES.map((ending) => `ик${ending}`), ...RU_CASES.map((ending) => `чик${ending}`)],
    й: RU_CASES.map((ending) => `йчик${ending}`),
    а: ['ка', 'ки', 'ке', 'ку', 'кой', 'кою', 'ок', 'кам', 'ками', 'ках'],
    // Before -к-, х and к are ш and ч: черепаха → черепашка, утка → уточка.
    ха: [...RU_FEMININE.map((ending) => `х${ending}`), ...RU_FEMININE_DIMINUTIVE],
  },
};

/**
 * Endings a word takes only inside a name of several words, where the other words guard it: the forms a seller
 * writes of one word of a name but that would make a net of near-misses of a word alone. Joined to the language's
 * own rules and diminutives for the same lemma ending (see joinedRules).
 * - German declines the adjective that opens a name: "Grüner Baumpython" → "Grüne Baumpythons", "Griechische
 *   Landschildkröte" → "Griechischer Landschildkröte".
 * - Spanish -quito/-guito of a noun in -co/-go, Italian -etto/-etta and the Polish diminutives of a pet: "scimmiette
 *   cappuccino", "żółwiki greckie", "konurki słoneczne" (Polish -ik and, for a feminine noun in -a, -ka).
 */
const IN_PHRASE_RULES: Partial<Record<Lang, Rules>> = {
  de: {
    er: [...DE_BASE.map((ending) => `er${ending}`), 'e', 'en', 'es', 'em'],
    e: [...DE_BASE.map((ending) => `e${ending}`), 'er', 'es', 'em'],
  },
  // "perico" alone is a parakeet, "periquito" alone the exempt budgerigar.
  es: {
    co: ['co', 'cos', 'quito', 'quitos'],
    go: ['go', 'gos', 'guito', 'guitos'],
  },
  it: {
    o: ['etto', 'etti'],
    a: ['etta', 'ette'],
  },
  pl: {
    '': ['ik', 'iki', 'ika', 'iku', 'ikiem', 'ikowi', 'ików', 'ikom', 'ikami', 'ikach'],
    a: PL_DIMINUTIVE_OF_A,
    ...polishSoftenedCases(),
    ...fleetingVowel(PL_NOUN, ['ew', 'eł', 'el', 'ec', 'ek']),
  },
  ru: {
    // The possessive adjective of an animal keeps a soft sign before its endings: медвежий → медвежья, медвежьего,
    // медвежьи; слоновий → слоновьего. Only in a name: it is a part's ("медвежий череп", part-adjectives.ts).
    ий: ['ья', 'ью', 'ье', 'ьи', 'ьей', 'ьею', 'ьего', 'ьему', 'ьим', 'ьем', 'ьих', 'ьими'],
    // The fleeting vowel of a masculine noun: конёк → конька, орёл → орла, лев → льва, скворец → скворца.
    ...fleetingVowel(RU_NOUN, ['ок', 'ел', 'ец']),
    ...fleetingVowel(RU_NOUN, ['ек', 'ев'], 'ь'),
  },
};

/** Rules joined: each table's endings added to the same lemma endings of the ones before, or as new ones. */
function joinedRules(lang: Lang, tables: Partial<Record<Lang, Rules>>[]): Rules {
  const rules: Rules = { ...RULES_BY_LANG[lang] };
  for (const table of tables)
    for (const [lemmaEnding, endings] of Object.entries(table[lang] ?? {}))
      rules[lemmaEnding] = [...(rules[lemmaEnding] ?? []), ...endings];
  return rules;
}

/** Russian spells и, not ы, after г к х ж ш ч щ: "красноухая" → "красноухие", "красноухих". */
const RU_VELAR_ADJECTIVE = { stem: /[гкхжшчщ]$/, endings: ['ий', 'ие', 'их', 'им', 'ими'] };
const RU_ADJECTIVE_LEMMAS = new Set(['ый', 'ой', 'ая', 'ое', 'ий']);
/**
 * After a vowel the genitive plural of a noun in -ка has no fleeting о: тиритака → тиритак, макака → макак, as against
 * игрунка → игрунок ("куплю тиритак").
 */
const RU_KA_AFTER_VOWEL = { stem: /[аеиоуыэюя]$/, endings: ['к'] };

type FoldedRules = Record<Lang, { lemmaEnding: string; endings: string[] }[]>;

/** Folded rules, longest lemma ending first so "ая" wins over "а". */
function foldRules(rulesOf: (lang: Lang) => Rules): FoldedRules {
  return Object.fromEntries(
    (Object.keys(RULES_BY_LANG) as Lang[]).map((lang) => [
      lang,
      Object.entries(rulesOf(lang))
        .map(([lemmaEnding, endings]) => ({
          lemmaEnding: foldWord(lemmaEnding),
          endings: [...new Set(endings.map(foldWord))].sort(),
        }))
        .sort((a, b) => b.lemmaEnding.length - a.lemmaEnding.length),
    ]),
  ) as FoldedRules;
}
const FOLDED_RULES = foldRules((lang) => joinedRules(lang, [DIMINUTIVE_RULES]));
const FOLDED_PHRASE_RULES = foldRules((lang) => joinedRules(lang, [DIMINUTIVE_RULES, IN_PHRASE_RULES]));

/** How one folded word of a term inflects: text words `stem + ending` match for each listed ending. */
export interface Paradigm {
  stem: string;
  /** Sorted; [''] means the word matches exactly. */
  endings: string[];
}

/**
 * The stem and allowed endings of a folded word in a language.
 *
 * @example
 * paradigmFor('попугай', 'ru') // { stem: 'попуга', endings: ['ев', 'ем', 'е', 'и', 'й', 'ю', 'я', …] }
 * paradigmFor('fox', 'en') // { stem: 'fox', endings: [''] }: too short to inflect
 * paradigmFor('икра', 'ru', true) // { stem: 'икр', endings: ['', 'а', 'ам', …] }: one word of a longer name
 * paradigmFor('лев', 'ru', true, true) // { stem: 'л', endings: ['ев', 'ева', …, 'ьва', …] }: beside a long word
 */
export function paradigmFor(word: string, lang: Lang, inPhrase = false, guarded = false): Paradigm {
  const minStem = !inPhrase
    ? MIN_STEM
    : guarded && GUARDED_LANGS.has(lang) && word.length >= MIN_GUARDED_WORD
      ? MIN_STEM_GUARDED
      : MIN_STEM_IN_PHRASE;
  for (const { lemmaEnding, endings } of (inPhrase ? FOLDED_PHRASE_RULES : FOLDED_RULES)[lang]) {
    if (!word.endsWith(lemmaEnding) || stemLength(word, lemmaEnding, lang) < minStem) continue;
    const stem = word.slice(0, word.length - lemmaEnding.length);
    const paradigm = { stem, endings: withSpellingRules(lang, stem, lemmaEnding, endings, inPhrase) };
    return lang === 'nl' ? dutchUndoubling(paradigm, inPhrase ? MIN_UNDOUBLED_IN_PHRASE : minStem) : paradigm;
  }
  // A word too short to inflect still heads a product compound ("Bär" → "Bärenkrallen", "Bärenfell"): those
  // endings are whole words, long enough never to make another word of it.
  const products = inPhrase ? undefined : SHORT_WORD_PRODUCTS[lang];
  return { stem: word, endings: products ?? [''] };
}

/**
 * The letters every form keeps: an Italian -co/-go/-ca/-ga keeps its c or g in each form (geco, gechi; orca, orche),
 * so "geco diurno" takes its plural "gechi diurni" as "pappagallo cenerino" takes "pappagalli cenerini".
 */
const stemLength = (word: string, lemmaEnding: string, lang: Lang) =>
  word.length - lemmaEnding.length + (lang === 'it' && ITALIAN_VELAR_LEMMAS.has(lemmaEnding) ? 1 : 0);
const ITALIAN_VELAR_LEMMAS = new Set(['co', 'go', 'ca', 'ga']);

/** The product compounds a German or Dutch word shorter than MIN_STEM still takes, folded, with the bare word. */
const SHORT_WORD_PRODUCTS: Partial<Record<Lang, string[]>> = {
  de: ['', ...new Set(DE_PRODUCTS.filter((ending) => ending.length >= 4).map(foldWord))].sort(),
  nl: ['', ...new Set(NL_PRODUCTS.filter((ending) => ending.length >= 4).map(foldWord))].sort(),
};

/**
 * A Polish noun in -a takes the genitive's -i only after k, g, l, j or a soft consonant (papugi, amazonki, gazeli);
 * after a hard one it is -y (małpy, pantery, kobry), and the form in -i is the animal's adjective, an everyday word
 * of idioms ("małpi gaj", "małpi rozum"), never the noun. Folded, so ł is l and keeps its -i.
 */
const PL_HARD_BEFORE_I = /[bcdfhmnprstwz]i$/;
/** The genitive's -i, after the consonant a softened lemma ending carries ("pa" → "pi"). */
const PL_GENITIVE_I = /^[a-z]?i$/;

/** Endings a language's spelling (and Polish grammar) adds or drops for this stem (see the tables above). */
function withSpellingRules(lang: Lang, stem: string, lemma: string, endings: string[], inPhrase: boolean): string[] {
  if (lang === 'pl' && lemma.endsWith('a'))
    endings = endings.filter((ending) => !PL_GENITIVE_I.test(ending) || !PL_HARD_BEFORE_I.test(stem + ending));
  const extra =
    lang === 'nl'
      ? dutchDoubling(stem)
      : lang === 'pl' && inPhrase
        ? (PL_FEMININE_ADJECTIVE_IN_PHRASE[lemma] ?? [])
        : lang === 'ru' && RU_ADJECTIVE_LEMMAS.has(lemma) && RU_VELAR_ADJECTIVE.stem.test(stem)
          ? RU_VELAR_ADJECTIVE.endings
          : lang === 'ru' && lemma === 'ка' && RU_KA_AFTER_VOWEL.stem.test(stem)
            ? RU_KA_AFTER_VOWEL.endings
            : [];
  return extra.length === 0 ? endings : [...new Set([...endings, ...extra])].sort();
}

/**
 * Dutch writes a long vowel once in an open syllable: "koraal" → "koralen", "kapucijnaap" → "kapucijnapen". The
 * stem moves back before the doubled vowel, so the word's other forms keep their endings after it.
 */
const DUTCH_LONG_VOWEL = /([aeou])\1([bdfgklmnprst])$/;
/**
 * In a longer name a short last word loses its doubled vowel too ("Maleise beer" → "Maleise beren", "Berberse aap" →
 * "Berberse apen"): the other words guard it, and each moved form puts the vowel and consonant back, so the stem's
 * one or two letters only ever make whole words.
 */
const MIN_UNDOUBLED_IN_PHRASE = 1;
function dutchUndoubling(paradigm: Paradigm, minStem: number): Paradigm {
  const { stem, endings } = paradigm;
  const longVowel = DUTCH_LONG_VOWEL.exec(stem);
  if (!longVowel || stem.length - 2 < minStem) return paradigm;
  const [vowel, consonant] = [longVowel[1], longVowel[2]];
  const moved = endings.map((ending) => vowel + consonant + ending);
  return { stem: stem.slice(0, -2), endings: [...new Set([...moved, `${consonant}en`])].sort() };
}

/** Dutch doubles a final consonant before -en: "schildpad" → "schildpadden". */
function dutchDoubling(stem: string): string[] {
  const last = stem[stem.length - 1];
  return /[bcdfgklmnprstvz]/.test(last) ? [`${last}en`] : [];
}
