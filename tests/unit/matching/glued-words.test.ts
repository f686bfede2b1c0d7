import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { buildFlatIndex } from '@/lib/matching/build-index';
import { compileDictionary } from '@/lib/matching/compile';
import { gluedSplitter } from '@/lib/matching/glued-words';
import { compiledLists, createMatcher } from '@/lib/matching/matcher';
import { matcherParts } from '@/lib/matching/staged-matcher';
import type { Lang } from '@/lib/dictionary/schema';

const compiled = compileDictionary(loadBundledDictionary());
const matcher = createMatcher(compiled);
const split = gluedSplitter(matcherParts(buildFlatIndex(compiled), compiledLists(compiled)));
const lit = (lang: Lang, text: string) =>
  matcher.find(text, { pageLang: lang }).map((match) => text.slice(match.start, match.end));

describe('gluedSplitter', () => {
  it.each([
    ['genuineivory', ['genuine', 'ivory']],
    ['ivorycarvings', ['ivory', 'carvings']],
    ['tortoiseshellcomb', ['tortoiseshell', 'comb']],
    ['ivoiresculptée', ['ivoire', 'sculptée']],
    ['слоноваякость', ['слоновая', 'кость']],
    ['kośćsłoniowa', ['kość', 'słoniowa']],
    ['psittacuserithacus', ['psittacus', 'erithacus']],
    ['peaudecrocodile', ['peau', 'de', 'crocodile']],
  ])('splits "%s" into known words', (run, pieces) => {
    expect(split(run)).toEqual(pieces);
  });

  it.each(['ivory', 'sundaymood', 'throwbackpics', 'xqzvbnmlk'])(
    'leaves "%s" whole: it does not split cleanly',
    (run) => {
      expect(split(run)).toBeUndefined();
    },
  );

  it('reads a name as written, never a slip of one, as a piece', () => {
    expect(split('eelefanteraw')).toBeUndefined();
  });

  it('splits a run a page repeats once: the same pieces again, with no walk', () => {
    const parts = matcherParts(buildFlatIndex(compiled), compiledLists(compiled));
    const walk = parts.walker.findAll.bind(parts.walker);
    let walks = 0;
    parts.walker.findAll = (tokens) => (walks++, walk(tokens));
    const splitCounting = gluedSplitter(parts);
    const first = splitCounting('antiqueivorycarving');
    const walksFirst = walks;
    expect(first).toEqual(['antique', 'ivory', 'carving']);
    expect(walksFirst).toBeGreaterThan(0);
    expect(splitCounting('antiqueivorycarving')).toEqual(first);
    expect(walks).toBe(walksFirst);
  });
});

describe('the matcher reads glued and underscored hashtags', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Clearing grandad’s cabinet #genuineivory #estatefinds, offers by message', 'ivory'],
    ['en', 'Rare comb, real #tortoiseshellcomb from the 1920s, tracked post', 'tortoiseshell'],
    ['fr', 'Très belle pièce #ivoiresculptée provenant d’une succession, envoi possible', 'ivoire'],
    ['es', 'Vendo figura #marfiltallado de herencia, envío a toda la península', 'marfil'],
    ['it', 'Statuetta orientale #avoriointagliato, firmata, spedizione assicurata', 'avorio'],
    ['pl', 'Figurka rzeźbiona #kośćsłoniowa po dziadku, wysyłka kurierem', 'kośćsłoniowa'],
    ['ru', 'Продам резную фигурку #слоноваякость, старая работа, отправлю почтой', 'слоноваякость'],
    ['ru', 'Продам статуэтку #слоновая_кость, старинная работа, торг', 'слоновая_кость'],
  ])('lights the name in a %s post', (lang, text, name) => {
    expect(lit(lang, text).join(' ')).toContain(name);
  });

  it.each<[Lang, string]>([
    ['en', 'Bridesmaid shoes in #fauxivory satin, worn once, size 6, collection only'],
    ['en', 'Two weeks in Abidjan and Grand-Bassam #ivorycoast #westafrica #travelgram'],
    ['en', 'Grandma swore by it for the laundry #ivorysoap #cleaninghacks #oldschool'],
    ['en', 'Notes from the meetup on data frames #pythonprogramming #learntocode'],
    ['en', 'Great game last night, what a finish #bearsfan #gameday'],
    ['fr', 'Bracelet léger en #fauxivoire et bois flotté, création de mon atelier'],
    ['de', 'Kette mit Anhänger aus #kunstelfenbein, neuwertig, Versand möglich'],
  ])('leaves a %s decoy quiet', (lang, text) => {
    expect(lit(lang, text)).toEqual([]);
  });
});
