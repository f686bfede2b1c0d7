import { describe, expect, it } from 'vitest';
import type { TermInput } from '@/lib/dictionary/bundled/types';
import { matcherForTerm, spans } from './dictionary-fixture';

const elfenbein = (match: TermInput['match']): TermInput => ({ text: 'Elfenbein', lang: 'de', match, inflect: false });

describe('match modes', () => {
  it.each<[TermInput['match'], string, string[]]>([
    ['word', 'Elfenbein', ['Elfenbein']],
    ['word', 'Elfenbeinschnitzerei', []],
    ['word', 'Mammutelfenbein', []],
    ['prefix', 'Elfenbeinschnitzerei', ['Elfenbeinschnitzerei']],
    ['prefix', 'Elfenbein', ['Elfenbein']],
    ['prefix', 'Mammutelfenbein', []],
    ['suffix', 'Mammutelfenbein', ['Mammutelfenbein']],
    ['suffix', 'Elfenbein', ['Elfenbein']],
    ['suffix', 'Elfenbeinschnitzerei', []],
    ['compound', 'Elfenbeinschnitzerei', ['Elfenbeinschnitzerei']],
    ['compound', 'Mammutelfenbein', ['Mammutelfenbein']],
    ['compound', 'Mammutelfenbeinschnitzerei', []],
    ['compound', 'ELFENBEIN-Schnitzerei', ['ELFENBEIN']],
    ['compound', 'Elfen\u00ADbein\u00ADschnit\u00ADzerei', ['Elfen\u00ADbein\u00ADschnit\u00ADzerei']],
  ])('%s mode on %s → %j', (match, text, expected) => {
    expect(spans(matcherForTerm(elfenbein(match)), text)).toEqual(expected);
  });

  it.each<[TermInput['match'], string, string[]]>([
    ['prefix', 'afrikanischer Graupapageienzüchter', ['afrikanischer Graupapageienzüchter']],
    ['prefix', 'Afrikanischergraupapagei', []],
    ['suffix', 'Nordafrikanischer Graupapagei', ['Nordafrikanischer Graupapagei']],
    ['suffix', 'afrikanischer Graupapageienzüchter', []],
    ['compound', 'Nordafrikanischer Graupapageienzüchter', ['Nordafrikanischer Graupapageienzüchter']],
  ])('multi-word %s: %s → %j', (match, text, expected) => {
    const term: TermInput = { text: 'afrikanischer Graupapagei', lang: 'de', match, inflect: false };
    expect(spans(matcherForTerm(term), text)).toEqual(expected);
  });

  it('inflects a compound-mode word at the end too ("Mammutelfenbeins")', () => {
    const term: TermInput = { text: 'Elfenbein', lang: 'de', match: 'compound' };
    expect(spans(matcherForTerm(term), 'des Mammutelfenbeins')).toEqual(['Mammutelfenbeins']);
  });
});
