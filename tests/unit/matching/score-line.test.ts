import { describe, expect, it } from 'vitest';
import { CueSet } from '@/lib/matching/cue-words';
import { foldWord } from '@/lib/matching/fold';
import { isLineUpName, isTeamBesideScore, RANGE_UNITS } from '@/lib/matching/score-line';
import { tokenize } from '@/lib/matching/tokenize';

const sport = new CueSet().addFolded('beat gewinnen league match spiel battent keepers spielzeug');

const fold = (word: string) => word;

/** Whether the word `name` of `text` passes `test` (a team beside its result, a name in a line-up). */
function readAs(test: typeof isTeamBesideScore, text: string, name: string): boolean {
  const tokens = tokenize(text, fold);
  const word = Array.from({ length: tokens.count }, (_, i) => tokens.source(tokens.start(i), tokens.end(i))).indexOf(
    name,
  );
  return test(tokens, [word, word], sport);
}

describe('isTeamBesideScore', () => {
  it.each([
    ['The Grizzlies beat the Bulls 104-99 after overtime.', 'Grizzlies', true],
    ['The Grizzlies beat the Lakers 118 to 109 last night.', 'Grizzlies', true],
    ['Die Kraniche gewinnen 3:1 gegen Kiel.', 'Kraniche', true],
    ['Les Gorilles battent Nantes 21 à 14.', 'Gorilles', true],
    // No word of sport: a keeper's ages and sizes.
    ['Grizzly cubs, 3-4 months, at the sanctuary.', 'Grizzly', false],
    // A reptile's sexes are written with a dot.
    ['Otters 1.1 for the league of keepers, beat the price.', 'Otters', false],
    // Written small: a word of the sentence, not a team's name.
    ['Two otters beat the odds, 3-2 in the match of the day.', 'otters', false],
    // A year is no result.
    ['Otters 2019-2020 league table, beat that.', 'Otters', false],
    // A range in its unit is a keeper's, whatever word of sport stands near.
    ['Tortoises, 10-12 cm, ideal for first time keepers.', 'Tortoises', false],
    ['Graupapagei, 2-3 Jahre alt, mit viel Spielzeug.', 'Graupapagei', false],
    ['Pythons from 2 to 3 years, league of keepers.', 'Pythons', false],
    // A count for sale is a seller's too (traps27).
    ['Boas, 2-3 available, for experienced keepers.', 'Boas', false],
    ['Kornnattern und Königspythons, 4-6 abzugeben, Spielzeug inklusive.', 'Königspythons', false],
    ['Otters, 3-1 in the league, 2-3 available.', 'Otters', true],
    // A result before a word that is no unit.
    ['The Otters won 3-1 in the league match.', 'Otters', true],
  ])('%s (%s): %s', (text, name, expected) => {
    expect(readAs(isTeamBesideScore, text, name)).toBe(expected);
  });
});

describe('isLineUpName', () => {
  it.each([
    ['Our league side: Wolf in goal, Crane, Fox and Okafor at the back.', 'Wolf', true],
    ['Spiel am Sonntag, Aufstellung: Adler; Kranich, Wolf, Specht, Becker.', 'Wolf', true],
    ['Les joueurs du match: Renard, Perrin, Loup et Caille battent Nantes.', 'Loup', true],
    // No word of sport: a seller's list of species.
    ['For sale: Python, Boa, Gecko and Chameleon, all captive bred.', 'Python', false],
    // The word of sport is an item itself: a keeper's list of things.
    ['Verkaufe: Graupapagei, Käfig, Spielzeug, Futter, Sitzstangen.', 'Graupapagei', false],
    // "Nach Vereinbarung" (by arrangement) is no club: German capitalises every item of a lot's description.
    ['Abholung nach Vereinbarung. Los 12: Figur, Elfenbein, Holzsockel, Höhe 9 cm', 'Elfenbein', false],
    // Too few names for a line-up.
    ['Match report: Wolf and Okafor scored late.', 'Wolf', false],
    // Written small, or in the middle of an item: a word of the sentence.
    ['League notes: the wolf, Crane, Fox and Okafor.', 'wolf', false],
    // A standings table: each name with its number, the points word after one of them.
    ['House cup so far: Panther 220 points, Wolf 214, Kestrel 198 and Bear 190.', 'Bear', true],
    // A points word in a list whose name has no number of its own: a seller's list.
    ['Trophy: Lynx on a branch, Mount, Rating 220 points, Postage extra.', 'Lynx', false],
  ])('%s (%s): %s', (text, name, expected) => {
    expect(readAs(isLineUpName, text, name)).toBe(expected);
  });
});

describe('RANGE_UNITS', () => {
  it("holds each unit as the page's words fold, so a folded word finds it", () => {
    expect([...RANGE_UNITS].filter((unit) => foldWord(unit) !== unit)).toEqual([]);
  });
});
