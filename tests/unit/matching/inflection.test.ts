import { describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/dictionary/schema';
import { MIN_STEM, paradigmFor } from '@/lib/matching/inflection';
import { foldWord } from '@/lib/matching/normalize';
import { matcherForTerm, spans } from './dictionary-fixture';

/** [lang, term, inflected text, whether it matches] */
type Row = [Lang, string, string, boolean];

const rows: Row[] = [
  ['ru', 'попугай', 'попугая', true],
  ['ru', 'попугай', 'попугаю', true],
  ['ru', 'попугай', 'попугаем', true],
  ['ru', 'попугай', 'попугаи', true],
  ['ru', 'попугай', 'попугаев', true],
  ['ru', 'попугай', 'попугайчик', true],
  ['ru', 'слоновая кость', 'слоновой кости', true],
  ['ru', 'слоновая кость', 'слоновую кость', true],
  ['ru', 'слоновая кость', 'Слоновая Кость', true],
  ['ru', 'слоновая кость', 'слоновые кости', true],
  ['ru', 'носорог', 'носорога', true],
  ['ru', 'носорог', 'носорогов', true],
  ['ru', 'носорог', 'носорогами', true],
  ['ru', 'черепаха', 'черепахи', true],
  ['ru', 'черепаха', 'черепах', true],
  ['ru', 'черепаха', 'черепахой', true],
  ['ru', 'жако', 'жако', true],
  ['ru', 'жако', 'жака', false],
  ['pl', 'papuga', 'papugę', true],
  ['pl', 'papuga', 'papugi', true],
  ['pl', 'papuga', 'papugą', true],
  ['pl', 'papuga', 'papugach', true],
  ['pl', 'papuga', 'papugami', true],
  // A hard consonant takes -y, not -i: "małpi" is the adjective of idioms ("małpi gaj"), never a case of "małpa".
  ['pl', 'małpa', 'małpy', true],
  ['pl', 'małpa', 'małpi', false],
  ['pl', 'pantera', 'panteri', false],
  // A stem that ends in -i keeps its genitive plural with no ending.
  ['pl', 'przydacznia', 'przydaczni', true],
  ['pl', 'żółw', 'żółwia', true],
  ['pl', 'żółw', 'żółwie', true],
  ['pl', 'żółw', 'żółwi', true],
  ['pl', 'żółw', 'żółwiem', true],
  ['pl', 'żółw', 'zolwiach', true],
  ['pl', 'kość słoniowa', 'kości słoniowej', true],
  ['pl', 'łuskowiec', 'łuskowca', true],
  ['pl', 'koralowiec', 'koralowców', true],
  ['pl', 'koralowiec', 'koralowce', true],
  ['pl', 'koralowiec', 'koralowieca', false],
  ['de', 'Graupapagei', 'Graupapageien', true],
  ['de', 'Graupapagei', 'Graupapageis', true],
  ['de', 'Schildkröte', 'Schildkröten', true],
  ['de', 'Elfenbein', 'Elfenbeins', true],
  ['de', 'Leopard', 'Leoparden', true],
  // The feminine's -in is no ending of the paradigm ("Leopardin" itself is one like letter from "Leoparden": a slip
  // the walk reads beside wildlife words, walk-one-edit.test.ts).
  ['de', 'Leopard', 'Leopardinnen', false],
  ['nl', 'papegaai', 'papegaaien', true],
  ['nl', 'schildpad', 'schildpadden', true],
  ['nl', 'olifant', 'olifanten', true],
  ['nl', 'kapucijnaap', 'kapucijnaapje', true],
  ['nl', 'papegaai', 'papegaaitjes', true],
  ['nl', 'slang', 'slangetje', true],
  ['it', 'pappagallo', 'pappagalli', true],
  ['it', 'tartaruga', 'tartarughe', true],
  ['it', 'tartaruga', 'tartarughi', false],
  ['it', 'avorio', 'avori', true],
  ['es', 'loro', 'loros', true],
  ['es', 'tortuga', 'tortugas', true],
  ['es', 'marfil', 'marfiles', true],
  ['fr', 'tortue', 'tortues', true],
  ['fr', 'corail', 'coraux', false], // stem 'cor' would be under MIN_STEM
  ['fr', 'cheval', 'chevaux', true],
  ['en', 'parrot', 'parrots', true],
  ['en', 'fox', 'foxes', false],
  ['en', 'ivory', 'ivories', true],
  ['en', 'ivory', 'Ivor', false],
  ['en', 'wolf', 'wolves', false], // stem 'wol' would be under MIN_STEM
  ['en', 'monkey', 'monkeys', true],
  ['en', 'cactus', 'cacti', true],
  ['en', 'tortoise', 'tortoises', true],
  ['en', 'African grey parrot', 'African greys parrots', true],
  // Names of several words: every word takes its case and number, and short stems are allowed.
  ['ru', 'чёрная икра', 'чёрной икры', true],
  ['ru', 'чёрная икра', 'черную икру', true],
  ['ru', 'чёрная икра', 'Чёрной икрой', true],
  ['ru', 'чёрная икра', 'чёрной икре', true],
  ['ru', 'синий кит', 'синего кита', true],
  ['ru', 'синий кит', 'синие киты', true],
  ['pl', 'żółw mauretański', 'żółwie mauretańskie', true],
  ['pl', 'żółw mauretański', 'żółwia mauretańskiego', true],
  ['pl', 'żółw mauretański', 'żółwiami mauretańskimi', true],
  ['pl', 'pławikonik japoński', 'pławikonika japońskiego', true],
  ['pl', 'krokodyl różańcowy', 'krokodyla różańcowego', true],
  ['pl', 'goryl nizinny', 'goryla nizinnego', true],
  ['pl', 'goryl nizinny', 'goryle nizinne', true],
  ['pl', 'anoa nizinna', 'anoę nizinną', true],
  ['pl', 'anoa nizinna', 'anoi nizinnej', true],
  ['pl', 'amazonka niebieskoczelna', 'amazonek niebieskoczelnych', true],
  ['pl', 'amazonka niebieskoczelna', 'amazonce niebieskoczelnej', true],
  ['pl', 'kakadu molucka', 'kakadu moluckich', true],
  ['pl', 'amazonka', 'amazonek', true],
  ['pl', 'amazonka', 'amazonych', false], // adjective endings only inside a name of several words
  ['ru', 'красноухая черепаха', 'красноухих черепах', true],
  ['ru', 'красноухая черепаха', 'красноухие черепахи', true],
  ['ru', 'красноухая черепаха', 'красноухими черепахами', true],
  ['ru', 'зелёная черепаха', 'зелёних черепах', false], // и for ы only after г к х ж ш ч щ
  ['it', 'orso bruno', 'orsi bruni', true],
  ['it', 'tartaruga marina', 'tartarughe marine', true],
  ['es', 'tortuga marina', 'tortugas marinas', true],
  ['fr', 'tortue verte', 'tortues vertes', true],
  // German declines the adjective that opens a name; sellers write a pet's diminutive inside a name (recall8).
  ['de', 'Grüner Baumpython', 'Grüne Baumpythons', true],
  ['de', 'Grüner Baumpython', 'Grünen Baumpythons', true],
  ['de', 'Griechische Landschildkröte', 'Griechischer Landschildkröte', true],
  ['de', 'Griechische Landschildkröte', 'Griechischen Landschildkröten', true],
  ['es', 'tortuga mora', 'tortuguitas moras', true],
  ['es', 'tortuga mora', 'tortugas moras', true],
  ['es', 'mono araña', 'monitos araña', true],
  ['es', 'tortuga', 'tortuguita', true],
  ['it', 'tartaruga greca', 'tartarughine greche', true],
  ['it', 'scimmia cappuccino', 'scimmiette cappuccino', true],
  ['it', 'pappagallo', 'pappagallino', true],
  ['pl', 'żółw grecki', 'żółwiki greckie', true],
  ['pl', 'żółw grecki', 'żółwików greckich', true],
  ['pl', 'żółw', 'żółwik', false],
  // A feminine noun's diminutive in -ka inside a name, and the Russian genitive plural's fleeting о (recall11).
  ['pl', 'konura słoneczna', 'konurki słoneczne', true],
  ['pl', 'konura słoneczna', 'konurek słonecznych', true],
  ['pl', 'papuga', 'papugka', false],
  ['ru', 'игрунка', 'игрунок', true],
  ['ru', 'игрунка', 'игрунками', true],
  // After a vowel the genitive plural of -ка drops the ending alone (names27): "куплю тиритак", "макак".
  ['ru', 'тиритака', 'тиритак', true],
  ['ru', 'макака', 'макак', true],
  ['ru', 'игрунка', 'игрунк', false],
  // Each word of a Polish or Russian name in its case forms (slavic13): the Polish feminine noun's softened
  // consonant (dative, locative, diminutive), a masculine noun's fleeting vowel, Russian diminutives, and a short
  // word beside a long one.
  ['pl', 'papuga senegalska', 'papużek senegalskich', true],
  ['pl', 'papuga senegalska', 'papudze senegalskiej', true],
  ['pl', 'aleksandretta większa', 'aleksandretcie większej', true],
  ['pl', 'pantera mglista', 'panterze mglistej', true],
  ['pl', 'żaba pomidorowa', 'żabie pomidorowej', true],
  ['pl', 'mucha domowa', 'musze domowej', true],
  ['pl', 'kakadu biała', 'kakadu białych', true],
  ['pl', 'ara hiacyntowa', 'ar hiacyntowych', true],
  ['pl', 'ara hiacyntowa', 'arami hiacyntowymi', true],
  ['pl', 'ara modra', 'ar modrych', false], // no word of six letters to guard the short one
  ['pl', 'lew afrykański', 'lwa afrykańskiego', true],
  ['pl', 'lew afrykański', 'lwy afrykańskie', true],
  ['pl', 'dzioborożec wielki', 'dzioborożca wielkiego', true],
  ['pl', 'papuga', 'papudze', false], // only inside a name of several words
  ['pl', 'lew', 'lwa', false],
  ['ru', 'сенегальский попугай', 'сенегальский попугайчик', true],
  ['ru', 'сенегальский попугай', 'сенегальских попугайчиков', true],
  ['ru', 'королевский питон', 'королевского питончика', true],
  ['ru', 'паукообразная обезьяна', 'паукообразная обезьянка', true],
  ['ru', 'паукообразная обезьяна', 'паукообразных обезьянок', true],
  ['ru', 'греческая черепаха', 'греческие черепашки', true],
  ['ru', 'греческая черепаха', 'греческих черепашек', true],
  ['ru', 'морской конёк', 'морских коньков', true],
  ['ru', 'морской конёк', 'морского конька', true],
  ['ru', 'африканский лев', 'африканского льва', true],
  ['ru', 'степной орёл', 'степного орла', true],
  ['ru', 'лев', 'льва', false],
  // A guarded word of two letters (recall18e): the baleen's "ус" in its cases beside "китовый".
  ['ru', 'китовый ус', 'китового уса', true],
  ['ru', 'китовый ус', 'китовым усом', true],
  ['ru', 'китовый ус', 'китового цвета', false],
  // A pet's diminutive of a name of one word too (recall16): Spanish -ito/-cito, Italian -ino/-ina/-ncino, the
  // Russian -ик/-чик/-йчик/-ка/-шка in their cases; Spanish -quito/-guito, Italian -etto/-etta and Polish -ik stay
  // inside longer names.
  ['es', 'pitón', 'pitoncitos', true],
  ['es', 'loro', 'loritos', false], // too short for a stem of four letters
  ['es', 'perico', 'periquitos', false], // the exempt budgerigar
  ['es', 'perico ligero', 'periquitos ligeros', true],
  ['it', 'pitone', 'pitoncino', true],
  ['it', 'tartaruga', 'tartarughine', true],
  ['it', 'scimmia', 'scimmiette', false],
  ['it', 'orso', 'orsino', false], // too short for a stem of four letters
  ['ru', 'черепаха', 'черепашку', true],
  ['ru', 'черепаха', 'черепашек', true],
  ['ru', 'обезьяна', 'обезьянку', true],
  ['ru', 'питон', 'питончиков', true],
  ['ru', 'попугай', 'попугайчиками', true],
  ['ru', 'кит', 'китик', false],
  // Dutch writes a long vowel once in an open syllable.
  ['nl', 'fakkelkoraal', 'fakkelkoralen', true],
  ['nl', 'kapucijnaap', 'kapucijnapen', true],
  ['nl', 'kapucijnaap', 'kapucijnaapjes', true],
  ['nl', 'fakkelkoraal', 'fakkelkoraal', true],
  ['la', 'Psittacus erithacus', 'Psittacus erithacus', true],
  ['la', 'Psittacus erithacus', 'Psittacus erithacuses', false],
  // A coat made of the animal is one word with it, like its skin (recall23).
  ['de', 'Ozelot', 'Ozelotmantel', true],
  ['de', 'Luchs', 'Luchsmäntel', true],
  ['nl', 'luipaard', 'luipaardjas', true],
  ['nl', 'ocelot', 'ocelotmantels', true],
  // Fat, bile, scales and tusks of remedies and carvings, a skin's diminutive, and the keeper or breeder (recall24).
  ['de', 'Bär', 'Bärenfett', true],
  ['de', 'Elefant', 'Elefantenstoßzähne', true],
  ['de', 'Krokodil', 'Krokodilschuppen', true],
  ['de', 'Graupapagei', 'Graupapageienhalter', true],
  ['de', 'Landschildkröte', 'Landschildkrötenzucht', true],
  ['nl', 'olifant', 'olifantenslagtanden', true],
  ['nl', 'pangolin', 'pangolinschubben', true],
  ['nl', 'luipaard', 'luipaardvelletje', true],
  ['nl', 'papegaai', 'papegaaienhouder', true],
  ['nl', 'kaaiman', 'kaaimankweker', true],
  // A snail's or a nautilus's shell is its "Gehäuse", one word with the animal (recall25).
  ['de', 'Nautilus', 'Nautilusgehäuse', true],
  ['de', 'Fechterschnecke', 'Fechterschneckengehäuse', true],
  // The fleeting e of -ec in a name of one word, as of -iec (recall24).
  ['pl', 'nosorożec', 'nosorożców', true],
  ['pl', 'dzioborożec', 'dzioborożcami', true],
];

describe('inflection', () => {
  it.each(rows)('%s "%s" vs "%s" → %s', (lang, text, inflected, matches) => {
    const found = spans(matcherForTerm({ text, lang }), `… ${inflected} …`);
    expect(found).toEqual(matches ? [inflected] : []);
  });

  it('lets a short word inflect only inside a longer name', () => {
    expect(spans(matcherForTerm({ text: 'икра', lang: 'ru' }), 'икры')).toEqual([]);
    expect(spans(matcherForTerm({ text: 'чёрная икра', lang: 'ru' }), 'икры')).toEqual([]);
    expect(paradigmFor('икра', 'ru', true).stem).toBe('икр');
  });

  it.each([
    ['nl', 'olifant', 'Olifant staat in de dierentuin.', 'Olifant'],
    ['nl', 'olifant', 'Mooi. Olifanten zijn slim.', 'Olifanten'],
    ['pl', 'żółw mauretański', 'Żółwie mauretańskie na sprzedaż.', 'Żółwie mauretańskie'],
    ['ru', 'чёрная икра', 'Чёрная икра, 100 г.', 'Чёрная икра'],
    ['fr', 'tortue caret', 'Tortue Caret en photo.', 'Tortue Caret'],
  ] as const)('matches a capital at the start of a sentence: %s "%s"', (lang, text, sentence, found) => {
    expect(spans(matcherForTerm({ text, lang }), sentence)).toEqual([found]);
  });

  it('keeps the c or g of a short Italian word in -co, -go, -ca or -ga inside a name', () => {
    expect(spans(matcherForTerm({ text: 'geco diurno', lang: 'it' }), 'due gechi diurni')).toEqual(['gechi diurni']);
    expect(spans(matcherForTerm({ text: 'foca monaca', lang: 'it' }), 'le foche monache')).toEqual(['foche monache']);
    expect(spans(matcherForTerm({ text: 'geco', lang: 'it' }), 'gechi')).toEqual([]);
  });

  it('is off when the term says so', () => {
    expect(spans(matcherForTerm({ text: 'попугай', lang: 'ru', inflect: false }), 'попугая')).toEqual([]);
  });

  it('has no Latin endings, even when a Latin name asks to inflect', () => {
    expect(spans(matcherForTerm({ text: 'Python regius', lang: 'la', inflect: true }), 'Pythons regius')).toEqual([]);
  });

  it.each([
    ['fox', 'en'],
    ['кит', 'ru'],
    ['orso', 'it'],
  ] as const)('leaves a word too short for a 4-letter stem exact: %s (%s)', (word, lang) => {
    const { stem, endings } = paradigmFor(foldWord(word), lang);
    expect(stem).toBe(foldWord(word));
    expect(endings).toEqual(['']);
    expect(MIN_STEM).toBe(4);
  });

  it.each([
    ['Bär', 'de', 'barenkrallen', 'baren'],
    ['uil', 'nl', 'uilskop', 'uilen'],
  ] as const)(
    'lets a German or Dutch word too short to inflect head a product compound only: %s (%s)',
    (word, lang, compound, inflected) => {
      const { stem, endings } = paradigmFor(foldWord(word), lang);
      expect(stem).toBe(foldWord(word));
      expect(endings).toContain('');
      expect(endings.map((ending) => stem + ending)).toContain(compound);
      expect(endings.map((ending) => stem + ending)).not.toContain(inflected);
      expect(endings.filter((ending) => ending !== '').every((ending) => ending.length >= 4)).toBe(true);
    },
  );

  it.each([
    ['попугай', 'ru', 'попуга'],
    ['слоновая', 'ru', 'слонов'],
    ['papuga', 'pl', 'papug'],
    ['tartaruga', 'it', 'tartaru'],
    ['ivory', 'en', 'ivor'],
  ] as const)('stems %s (%s) to %s', (word, lang, stem) => {
    expect(paradigmFor(word, lang).stem).toBe(stem);
  });
});
