import { describe, expect, it } from 'vitest';
import { INVISIBLE_IN_WORD, foldWord } from '@/lib/matching/fold';
import { looksAlike, lookAlikeKey } from '@/lib/matching/look-alike';
import { describeConflict, mergeBatch } from '@/lib/merge/merge';
import { anna, batchMeta, ben, flag, observation, signedBatch, uuid } from '../export/builder';

/*
 * Look-alike names in a merge (forge17): sellers, researchers or case names that differ only by letters of another
 * script, invisible characters, case or shapes that draw alike are never taken for one, and the coordinator is
 * told they look alike (the import's conflict list and the merge's audit note).
 */

/** Every Unicode scalar value, as a one-character string (surrogates are not characters). */
function everyCharacter(): string[] {
  const chars: string[] = [];
  for (let code = 0; code <= 0x10ffff; code++)
    if (code < 0xd800 || code > 0xdfff) chars.push(String.fromCodePoint(code));
  return chars;
}

describe('what a name looks like', () => {
  it.each([
    ['anna.k', 'аnna.k'], // Cyrillic а
    ['anna.k', 'anna\u200B.k'], // zero-width space
    ['anna.k', 'anna.k\u202E'], // bidi override
    ['Exotic_Birds_NL', 'Exotic_Birds_NI'], // capital I for l
    ['modern.reptiles', 'rnodern.reptiles'], // rn for m
    ['Ivory 2026', 'Ivory 2O26'], // O for 0
    ['Ivory 2026', 'Іvory 2026'], // Ukrainian І
    ['ΤΟΡΤΟΙSE', 'TOPTOISE'], // Greek capitals
  ])('%s and %s look alike', (one, other) => {
    expect(lookAlikeKey(one)).toBe(lookAlikeKey(other));
    expect(looksAlike(one, other)).toBe(true);
  });

  it.each([
    ['anna.k', 'anna.k'],
    ['anna.k', 'hanna.k'],
    ['Москва', 'Moskva'],
  ])('%s and %s do not', (one, other) => {
    expect(looksAlike(one, other)).toBe(false);
  });

  // Over all 1.1 million code points: seconds on a loaded 2-core machine.
  it('reads through every character the matcher reads through inside a word, and every control', () => {
    const characters = everyCharacter();
    const ignoredByMatcher = characters.filter((char) => INVISIBLE_IN_WORD().test(char));
    expect(ignoredByMatcher.length).toBeGreaterThan(4000);
    expect(ignoredByMatcher.filter((char) => foldWord(`elfen${char}bein`) !== 'elfenbein')).toEqual([]);
    const drawNothing = [...ignoredByMatcher, ...characters.filter((char) => /\p{Cc}/u.test(char))];
    const unnoticed = drawNothing.filter((char) => !looksAlike('anna.k', `an${char}na.k`));
    expect(unnoticed.map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase()}`)).toEqual([]);
  }, 60_000);

  it('compares every text of a value (a seller is an object)', () => {
    expect(looksAlike({ name: 'reptile_world', id: '42' }, { name: 'rеptile_world', id: '42' })).toBe(true);
    expect(looksAlike({ name: 'reptile_world', id: '42' }, { name: 'reptile_world', id: '43' })).toBe(false);
  });
});

describe('a merge meeting a look-alike seller', () => {
  const HERE = 'https://www.ebay.de/itm/1';
  const context = { by: 'coordinator', at: new Date('2026-04-02T08:00:00.000Z'), newId: () => uuid('flag', 999) };

  it('keeps both sellers, lists the conflict as a look-alike and says so in the audit note', async () => {
    const mine = flag({
      n: 1,
      url: HERE,
      observations: [await observation({ n: 1, url: HERE, by: anna })],
      ad: { seller: { name: 'reptile_world' } },
    });
    const theirs = flag({
      n: 1,
      url: HERE,
      observations: [await observation({ n: 2, url: HERE, by: ben })],
      ad: { seller: { name: 'rеptile_world' } }, // Cyrillic е
    });
    const doc = await signedBatch([theirs], batchMeta(5, 'ben.o'));
    const result = mergeBatch([mine], doc, context);

    expect(result.conflicts).toMatchObject([
      { field: 'ad.seller', kept: { value: { name: 'reptile_world' } }, looksAlike: true },
    ]);
    expect(result.flags[0]!.ad.seller).toEqual({ name: 'reptile_world' });
    const note = result.audit.at(-1)!.note ?? '';
    expect(note).toContain('they look alike: not the same value');
    expect(describeConflict(result.conflicts[0]!)).toContain('look alike');
  });

  it('marks no look-alike where the values plainly differ', async () => {
    const mine = flag({
      n: 1,
      url: HERE,
      observations: [await observation({ n: 1, url: HERE })],
      ad: { seller: { name: 'reptile_world' } },
    });
    const theirs = flag({
      n: 1,
      url: HERE,
      observations: [await observation({ n: 2, url: HERE, by: ben })],
      ad: { seller: { name: 'turtle_house' } },
    });
    const result = mergeBatch([mine], await signedBatch([theirs], batchMeta(5, 'ben.o')), context);
    expect(result.conflicts).toMatchObject([{ field: 'ad.seller' }]);
    expect(result.conflicts[0]!.looksAlike).toBeUndefined();
  });
});
