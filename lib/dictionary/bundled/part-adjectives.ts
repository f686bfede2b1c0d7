import type { Lang, Term } from '@/lib/dictionary/schema';

/**
 * Russian and Polish sellers name a part or product by the animal's possessive or relational adjective, not its noun:
 * "медвежий череп", "тигровая шкура", "слоновий бивень", "носорожий рог", "niedźwiedzia skóra", "tygrysie pazury",
 * "kieł słoniowy". German and Dutch write the same as one compound ("Bärenschädel", inflection.ts's product heads).
 * Each listed animal's adjectives (the Russian and Polish dictionaries' derived adjectives, docs/DICTIONARY.md)
 * joined to the nouns of the parts that trade sells make names of the animal; everyday idioms with the adjectives
 * ("медвежья услуга", "тигровые креветки", "słoniowa noga") name no part and stay quiet.
 */
type Parts = 'fur' | 'scales';

/** The parts, in the dictionary form and the plural forms the stem does not reach ("когти", "kły", "zęby"). */
const PART_NOUNS: Record<'ru' | 'pl', Record<Parts, string>> = {
  ru: {
    fur: `шкура шкурка мех череп зуб клык клыки коготь когти когтей когтями бивень бивни бивня бивней бивнями рог
      кость волос шерсть жир желчь лапа голова мясо`,
    scales: 'кожа шкура шкурка череп зуб зубы кость панцирь чешуя мясо жир желчь голова',
  },
  pl: {
    fur: `skóra skórka futro czaszka ząb zęby zębów zębami kieł kły kłów kłami pazur pazury cios ciosy róg rogi rogu
      rogów rogami kość kości włos sierść tłuszcz żółć łapa głowa mięso`,
    scales: 'skóra skórka czaszka ząb zęby zębów kość kości skorupa pancerz łuska łuski mięso tłuszcz żółć głowa',
  },
};

interface PartAdjectives {
  taxon: string;
  parts: Parts;
  ru: string;
  pl?: string;
  /**
   * Polish adjectives written before the noun only: after it, "niedźwiedzia", "rysia", "krokodyla", "żółwia" read as
   * the animal's genitive, which its own names find ("skóra niedźwiedzia brunatnego" is the brown bear's).
   */
  plBefore?: string;
  /** Parts another entry names with its own senses (ivory: "слоновая кость"), or that name an ornament. */
  except?: string;
}

/** The adjectives in the masculine nominative singular; the possessive "медвежий" declines as "медвежьего". */
const PART_ADJECTIVES: readonly PartAdjectives[] = [
  { taxon: 'ursidae', parts: 'fur', ru: 'медвежий', plBefore: 'niedźwiedzi' },
  { taxon: 'elephantidae', parts: 'fur', ru: 'слоновий', pl: 'słoniowy', except: 'кость kość kości' },
  { taxon: 'panthera-tigris', parts: 'fur', ru: 'тигровый тигриный', pl: 'tygrysi' },
  { taxon: 'panthera-pardus', parts: 'fur', ru: 'леопардовый', pl: 'lamparci' },
  // A lion's head is an ornament's as often as a trophy's: door knockers, fountains, furniture feet.
  { taxon: 'panthera-leo', parts: 'fur', ru: 'львиный', pl: 'lwi', except: 'голова głowa' },
  { taxon: 'lynx-lynx', parts: 'fur', ru: 'рысий', plBefore: 'rysi' },
  { taxon: 'canis-lupus', parts: 'fur', ru: 'волчий', pl: 'wilczy' },
  { taxon: 'rhinocerotidae', parts: 'fur', ru: 'носорожий', pl: 'nosorożcowy' },
  { taxon: 'odobenus-rosmarus', parts: 'fur', ru: 'моржовый', pl: 'morsowy' },
  { taxon: 'saiga-tatarica', parts: 'fur', ru: 'сайгачий' },
  { taxon: 'crocodylia', parts: 'scales', ru: 'крокодиловый крокодилий', pl: 'krokodylowy', plBefore: 'krokodyli' },
  { taxon: 'pythonidae', parts: 'scales', ru: 'питоновый', pl: 'pytonowy pytoni' },
  { taxon: 'testudinidae', parts: 'scales', ru: 'черепаший', plBefore: 'żółwi' },
  // "черепаховый панцирь" is worked hawksbill shell's name, with its own senses (tortoiseshell, trade-terms.ts).
  { taxon: 'testudinidae', parts: 'scales', ru: 'черепаховый', except: 'панцирь' },
  { taxon: 'acipenseriformes', parts: 'scales', ru: 'осетровый', pl: 'jesiotrowy' },
];

const words = (list: string): string[] => list.split(/\s+/u).filter(Boolean);

/**
 * The part names of a taxon: Russian writes the adjective first (its price lists' other order is word-order.ts's),
 * Polish either way ("skóra niedźwiedzia", "niedźwiedzia skóra").
 */
export function partNames(taxon: string): Term[] {
  const names: Term[] = [];
  for (const entry of PART_ADJECTIVES.filter((adjectives) => adjectives.taxon === taxon)) {
    const except = new Set(words(entry.except ?? ''));
    for (const lang of ['ru', 'pl'] as const satisfies readonly Lang[]) {
      const nouns = words(PART_NOUNS[lang][entry.parts]).filter((noun) => !except.has(noun));
      for (const noun of nouns) {
        for (const adjective of words(entry[lang] ?? '')) {
          names.push({ text: `${adjective} ${noun}`, lang });
          if (lang === 'pl') names.push({ text: `${noun} ${adjective}`, lang });
        }
        if (lang === 'pl')
          for (const adjective of words(entry.plBefore ?? '')) names.push({ text: `${adjective} ${noun}`, lang });
      }
    }
  }
  return names;
}

/** The part nouns of both languages, for telling a part's name from an animal's. */
export const PART_NOUN_WORDS: ReadonlySet<string> = new Set(
  Object.values(PART_NOUNS).flatMap((byParts) => Object.values(byParts).flatMap(words)),
);
