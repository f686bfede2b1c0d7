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
 * Abbreviations that are no word in any of the eight languages, which growers also write without the stop ("Paph
 * rothschildianum", "Phal violacea"); "Bulb", "Den", "Milt" or "Cym" without it are words or names.
 */
const WRITTEN_WITHOUT_STOP: ReadonlySet<string> = new Set(['Angcm', 'Masd', 'Paph', 'Phal', 'Phrag']);

/**
 * Keepers' and growers' clipped genera before an epithet ("Astro asterias", "Dendro nobile", "Dendros azureus", "Uro
 * phantasticus"), with or without the stop, of genera listed whole. "Dendro" clips both the orchid and the poison frog,
 * each listed, and the epithet says which. Never alone: "Astros" is a baseball team, "uro" an aurochs.
 */
const KEEPERS_CLIPPED_GENERA: ReadonlyMap<string, readonly string[]> = new Map([
  ['Astrophytum', ['Astro']],
  ['Dendrobates', ['Dendro', 'Dendros']],
  ['Dendrobium', ['Dendro']],
  ['Uroplatus', ['Uro']],
]);

/**
 * A listed binomial with its genus abbreviated as the orchid trade writes it: before the epithet only, and with the
 * full stop unless the short form is no word (WRITTEN_WITHOUT_STOP), so the short forms that are everyday words once
 * the stop is dropped ("bulb", "den") or stand alone are never matched; and clipped as keepers write it
 * (KEEPERS_CLIPPED_GENERA). Latin names of two or more words only; each variant is as exact as the name.
 *
 * @example
 * genusAbbreviations({ text: 'Paphiopedilum armeniacum', lang: 'la' }) // Paph. armeniacum, Paph armeniacum
 * genusAbbreviations({ text: 'Dendrobium nobile', lang: 'la' }) // Den. nobile, Dendro. nobile, Dendro nobile
 * genusAbbreviations({ text: 'Paphiopedilum', lang: 'la' }) // []
 */
export function genusAbbreviations(term: Term): Term[] {
  if (term.lang !== 'la') return [];
  const space = term.text.indexOf(' ');
  if (space <= 0) return [];
  const genus = term.text.slice(0, space);
  const epithet = term.text.slice(space);
  const abbreviation = GENUS_ABBREVIATIONS.get(genus);
  const shortForms = [
    ...(abbreviation === undefined ? [] : [{ short: abbreviation, bare: WRITTEN_WITHOUT_STOP.has(abbreviation) }]),
    ...(KEEPERS_CLIPPED_GENERA.get(genus) ?? []).map((short) => ({ short, bare: true })),
  ];
  return shortForms.flatMap(({ short, bare }) => [
    { text: `${short}.${epithet}`, lang: 'la' as const },
    ...(bare ? [{ text: `${short}${epithet}`, lang: 'la' as const }] : []),
  ]);
}
