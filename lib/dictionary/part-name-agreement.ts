/**
 * The part names of part-adjectives.ts join the animal's adjective, stored masculine, to each part's noun
 * ("тигровый шкура", "tygrysi skóra"): the matcher declines both words, but a reader sees the stored form on the hover
 * card. This gives the adjective the noun's gender, number and case ("тигровая шкура", "tygrysia skóra",
 * "медвежьих когтей") and leaves any other name as it is.
 */
type Form = 'fem' | 'neut' | 'plural' | 'genitivePlural' | 'instrumentalPlural' | 'genitive';

/** The part nouns whose adjective is not masculine nominative singular, by the form it takes. */
const NOUN_FORMS: Record<'ru' | 'pl', Partial<Record<Form, string>>> = {
  ru: {
    fem: 'шкура шкурка кожа кость шерсть желчь лапа голова чешуя',
    neut: 'мясо',
    plural: 'клыки когти бивни зубы',
    genitivePlural: 'когтей бивней',
    instrumentalPlural: 'когтями бивнями',
    genitive: 'бивня',
  },
  pl: {
    fem: 'skóra skórka czaszka kość sierść żółć łapa głowa skorupa łuska',
    neut: 'futro mięso',
    plural: 'zęby kły pazury ciosy rogi łuski kości',
    genitivePlural: 'zębów kłów rogów',
    instrumentalPlural: 'zębami kłami rogami',
    genitive: 'rogu',
  },
};

const formOf = (lang: 'ru' | 'pl', noun: string): Form | undefined =>
  (Object.entries(NOUN_FORMS[lang]) as [Form, string][]).find(([, nouns]) => nouns.split(' ').includes(noun))?.[0];

/** Endings after the stem: Russian "-ый" (тигровый), the possessive "-ий" (медвежий), Polish "-y", "-i", "-li". */
const ENDINGS: Record<string, Record<Form, string>> = {
  ый: { fem: 'ая', neut: 'ое', plural: 'ые', genitivePlural: 'ых', instrumentalPlural: 'ыми', genitive: 'ого' },
  ий: { fem: 'ья', neut: 'ье', plural: 'ьи', genitivePlural: 'ьих', instrumentalPlural: 'ьими', genitive: 'ьего' },
  y: { fem: 'a', neut: 'e', plural: 'e', genitivePlural: 'ych', instrumentalPlural: 'ymi', genitive: 'ego' },
  i: { fem: 'ia', neut: 'ie', plural: 'ie', genitivePlural: 'ich', instrumentalPlural: 'imi', genitive: 'iego' },
  // After "l" the "i" only softens it: "krokodyli" → "krokodyla", "krokodyle".
  li: { fem: 'la', neut: 'le', plural: 'le', genitivePlural: 'lich', instrumentalPlural: 'limi', genitive: 'lego' },
};

function agreed(adjective: string, form: Form): string | undefined {
  const ending = ['ый', 'ий', 'li', 'y', 'i'].find((end) => adjective.endsWith(end));
  return ending && adjective.slice(0, -ending.length) + ENDINGS[ending]![form];
}

/**
 * A Russian or Polish part name with its adjective agreeing with the noun, either word first; other names unchanged.
 * @example partNameAgreed('тигровый шкура', 'ru') // 'тигровая шкура'
 * @example partNameAgreed('kieł słoniowy', 'pl') // 'kieł słoniowy'
 */
export function partNameAgreed(text: string, lang: string): string {
  if (lang !== 'ru' && lang !== 'pl') return text;
  const words = text.split(' ');
  if (words.length !== 2) return text;
  for (const [adjectiveAt, nounAt] of [
    [0, 1],
    [1, 0],
  ] as const) {
    const form = formOf(lang, words[nounAt]!);
    const adjective = form && agreed(words[adjectiveAt]!, form);
    if (!adjective) continue;
    const result = [...words];
    result[adjectiveAt] = adjective;
    return result.join(' ');
  }
  return text;
}
