import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectIntent } from '@/lib/extract/intent';
import { paperworkClaims } from '@/lib/extract/paperwork';
import { guessTradeTerms } from '@/lib/extract/trade-terms';
import { sharedDataPath } from '../../shared-data';

describe('detectIntent', () => {
  it.each([
    ['Grey parrot for sale', 'selling'],
    ['FS: ball python', 'selling'],
    ['WTS tortoise', 'selling'],
    ['Biete Landschildkröten', 'selling'],
    ['Verkaufe Graupapagei', 'selling'],
    ['Schildkröte zu verkaufen', 'selling'],
    ['Vends perroquet gris', 'selling'],
    ['Tortue à vendre', 'selling'],
    ['Papegaai te koop', 'selling'],
    ['Vendo tortuga', 'selling'],
    ['Se vende loro', 'selling'],
    ['Sprzedam żółwia', 'selling'],
    ['Продам попугая', 'selling'],
    ['Продаю черепаху', 'selling'],
    ['Wanted: ivory netsuke', 'wanted'],
    ['WTB tokay gecko', 'wanted'],
    ['ISO python', 'wanted'],
    ['Looking for tortoise', 'wanted'],
    ['Suche Graupapagei', 'wanted'],
    ['Landschildkröte gesucht', 'wanted'],
    ['Recherche tortue', 'wanted'],
    ['Cherche perroquet', 'wanted'],
    ['Schildpad gezocht', 'wanted'],
    ['Busco loro', 'wanted'],
    ['Cerco tartaruga', 'wanted'],
    ['Kupię żółwia', 'wanted'],
    ['Куплю бивень', 'wanted'],
    ['Ищу попугая', 'wanted'],
    ['Tortoise care guide', 'other'],
  ])('%s → %s', (title, intent) => {
    expect(detectIntent({ title, pricedMarketplaceAd: false })).toBe(intent);
  });

  it('reads the description when the title has no cue', () => {
    expect(
      detectIntent({ title: 'Graupapagei', description: 'Suche einen zweiten Vogel', pricedMarketplaceAd: true }),
    ).toBe('wanted');
  });

  it('takes a priced marketplace ad without cues as selling', () => {
    expect(detectIntent({ title: 'Graupapagei', pricedMarketplaceAd: true })).toBe('selling');
    expect(detectIntent({ title: 'Graupapagei', pricedMarketplaceAd: false })).toBe('other');
  });

  it('does not read "iso" or "fs" in lower case as shorthand', () => {
    expect(detectIntent({ title: 'iso 9001 fs tools', pricedMarketplaceAd: false })).toBe('other');
  });
});

describe('paperworkClaims', () => {
  it.each([
    ['Carved tusk, with CITES certificate', 'CITES certificate'],
    ['CITES papers available', 'CITES certificate'],
    ['mit CITES Papieren', 'CITES certificate'],
    ['met CITES papieren', 'CITES certificate'],
    ['z dokumentami CITES', 'CITES certificate'],
    ['Article 10 certificate included', 'Article 10 certificate'],
    ['A10 cert on request', 'Article 10 certificate'],
    ['mit EU-Bescheinigung', 'Article 10 certificate'],
    ['Samsung A10 phone', ''],
    ['Vermarktungsgenehmigung vorhanden', 'marketing permit'],
    ['Antique ivory, pre-1947, with CITES papers', 'CITES certificate; pre-1947'],
    ['antique pre 1947 netsuke', 'pre-1947'],
    ['Elfenbein vor 1947', 'pre-1947'],
    ['ivoire avant 1947', 'pre-1947'],
    ['Zuchtbescheinigung liegt vor', 'breeding certificate'],
    ['captive bred 2023', 'captive bred'],
    ['Python regius CB 2023', 'captive bred'],
    ['Testudo hermanni NZ 2024', 'captive bred'],
    ['DNZ Landschildkröten', 'captive bred'],
    ['eigene Nachzucht', 'captive bred'],
    ['tortues nées en captivité', 'captive bred'],
    ['попугай с документами', 'papers'],
    ['ohne Papiere, Abholung', 'no papers'],
    ['Wellington NZ', ''],
    ['Lovely tortoise', ''],
  ])('%s → %j', (text, claims) => {
    expect(paperworkClaims(text)).toBe(claims);
  });
});

describe('guessTradeTerms', () => {
  it.each([
    ['Live tortoise', ['LIV']],
    ['Lebende Schildkröte', ['LIV']],
    ['perroquet vivant', ['LIV']],
    ['живой попугай', ['LIV']],
    ['Python skin', ['SKI']],
    ['Zebra Fell', ['SKI']],
    ['peau de crocodile', ['SKI']],
    ['шкура медведя', ['SKI']],
    ['Carved ivory netsuke', ['IVC']],
    ['Elfenbein Schnitzerei', ['IVC']],
    ['sculpture en ivoire', ['IVC']],
    ['Carved rhino horn cup', ['HOR', 'HOC']],
    ['wooden carving', ['CAR']],
    ['Mammoth tusk', ['TUS']],
    ['Stoßzahn', ['TUS']],
    ['Pangolin scales', ['SCA']],
    ['Hawksbill carapace', ['CAP']],
    ['Nautilus shell', ['SHE']],
    ['Parrot eggs', ['EGG']],
    ['bushmeat', ['MEA']],
    ['he fell over', []],
  ])('%s → %j', (text, codes) => {
    expect(guessTradeTerms(text)).toEqual(codes);
  });

  it('only guesses term codes of the CITES Trade Database', () => {
    const tsv = readFileSync(sharedDataPath('cites/cites-trade-database-codes.tsv'), 'utf8');
    const termCodes = new Set(
      tsv
        .split('\n')
        .filter((line) => line.startsWith('term\t'))
        .map((line) => line.split('\t')[1]),
    );
    const everyWord =
      'live skin tusk horn scales carapace shell egg meat tooth claw feather skull trophy taxidermy caviar shark fin leather carving ivory carving';
    const guessed = [
      ...guessTradeTerms(everyWord),
      ...guessTradeTerms('ivory carving'),
      ...guessTradeTerms('horn carving'),
      ...guessTradeTerms('carving'),
    ];
    expect(guessed.length).toBeGreaterThan(15);
    expect(guessed.filter((code) => !termCodes.has(code))).toEqual([]);
  });
});
