import type { Term } from '@/lib/dictionary/schema';

/**
 * The orchid trade's standard genus abbreviations (those of the RHS orchid register, which growers and sellers write
 * before an epithet: "Paph. rothschildianum", "Bulb. echinolabium"). Only genera whose every species is listed
 * (Orchidaceae is in Appendix II or I whole).
 */
const GENUS_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['Angraecum', 'Angcm'],
  ['Bulbophyllum', 'Bulb'],
  ['Coelogyne', 'Coel'],
  ['Cymbidium', 'Cym'],
  ['Cypripedium', 'Cyp'],
  ['Dendrobium', 'Den'],
  ['Dracula', 'Drac'],
  ['Epidendrum', 'Epi'],
  ['Lycaste', 'Lyc'],
  ['Masdevallia', 'Masd'],
  ['Miltonia', 'Milt'],
  ['Oncidium', 'Onc'],
  ['Paphiopedilum', 'Paph'],
  ['Phalaenopsis', 'Phal'],
  ['Phragmipedium', 'Phrag'],
  ['Pleione', 'Pln'],
]);

/**
 * A listed binomial with its genus abbreviated as the orchid trade writes it: only with the full stop and only
 * before the epithet, so the short forms that are everyday words once the stop is dropped ("bulb", "den") or
 * stand alone are never matched. Latin names of two or more words only; the variant is as exact as the name.
 *
 * @example
 * genusAbbreviated({ text: 'Paphiopedilum armeniacum', lang: 'la' }) // { text: 'Paph. armeniacum', lang: 'la' }
 * genusAbbreviated({ text: 'Paphiopedilum', lang: 'la' }) // undefined
 * genusAbbreviated({ text: 'Python regius', lang: 'la' }) // undefined
 */
export function genusAbbreviated(term: Term): Term | undefined {
  if (term.lang !== 'la') return undefined;
  const space = term.text.indexOf(' ');
  const abbreviation = space > 0 ? GENUS_ABBREVIATIONS.get(term.text.slice(0, space)) : undefined;
  return abbreviation === undefined ? undefined : { text: `${abbreviation}.${term.text.slice(space)}`, lang: 'la' };
}
