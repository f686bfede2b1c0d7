import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tradeTerms } from '@/lib/dictionary/bundled/trade-terms';
import { detectIntent } from '@/lib/extract/intent';
import { tradeCodesIn } from '@/lib/extract/trade-codes';
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

describe('tradeCodesIn', () => {
  it.each([
    ['Carved ivory netsuke, pre-1947', ['IVC']],
    ['Elfenbeinschnitzerei, Japan', ['IVC']],
    ['sculpture en ivoire', ['IVC']],
    ['Carved rhino horn libation cup', ['HOC']],
    ['рог носорога', ['HOR']],
    ['Python skin belt', ['SKI']],
    ['peau de léopard', ['SKI']],
    ['Pangolin scales, 2 kg', ['SCA']],
    ['Mammoth tusk', []],
    ['Elefanten-Stoßzahn', ['TUS']],
    ['tortoiseshell comb', ['CAP']],
    ['tortoiseshell cat for rehoming', []],
    ['faux crocodile leather bag', []],
    ['Ivory white dress', []],
    ['Lovely tortoise', []],
  ])('%s → %j', (text, codes) => {
    expect(tradeCodesIn(text)).toEqual(codes);
  });

  it("reads the codes from the dictionary's trade terms, one vocabulary with the highlights", () => {
    const dictionaryCodes = new Set(tradeTerms.flatMap((term) => (term.tradeCode ? [term.tradeCode] : [])));
    const everyTerm = tradeTerms.flatMap((term) => (term.tradeCode ? [term.terms[0].text] : [])).join('\n');
    const found = tradeCodesIn(everyTerm);
    // Every code comes from the dictionary, and the dictionary's words find nearly all of them.
    expect(found.filter((code) => !dictionaryCodes.has(code))).toEqual([]);
    expect(found.length).toBeGreaterThanOrEqual(Math.floor(dictionaryCodes.size * 0.8));
  });

  it('only gives term codes of the CITES Trade Database', () => {
    const tsv = readFileSync(sharedDataPath('cites/cites-trade-database-codes.tsv'), 'utf8');
    const termCodes = new Set(
      tsv
        .split('\n')
        .filter((line) => line.startsWith('term\t'))
        .map((line) => line.split('\t')[1]),
    );
    const everyTerm = tradeTerms.flatMap((term) => term.terms.map((word) => word.text)).join('\n');
    const found = tradeCodesIn(everyTerm);
    expect(found.length).toBeGreaterThan(15);
    expect(found.filter((code) => !termCodes.has(code))).toEqual([]);
  });
});
