import type { Taxon, Term } from '@/lib/dictionary/schema';

/**
 * The classes and families whose keepers and growers name a species by its binomial with the genus cut to its
 * initial ("P. regius", "T. horsfieldii", "B. hamorii", "A. asterias"): reptiles, amphibians, tarantulas and scorpions,
 * cacti. Not birds, mammals or orchids, whose trade writes common names or the orchid register's abbreviations
 * (genus-abbreviations.ts); and not every Latin name, which would double the checklist's patterns.
 */
const KEEPERS_CLASSES: ReadonlySet<string> = new Set(['Reptilia', 'Amphibia', 'Arachnida']);
const GROWERS_FAMILIES: ReadonlySet<string> = new Set(['Cactaceae']);
/** Letters an epithet needs: short ones ("leo", "onca", "rex") follow a person's initial as a name does. */
const MIN_EPITHET_LETTERS = 5;

/**
 * A species binomial with its genus written as the initial and a full stop, as keepers write it, or undefined
 * outside KEEPERS_CLASSES and GROWERS_FAMILIES, for other ranks and for short epithets.
 *
 * @example
 * genusInitial({ text: 'Python regius', lang: 'la' }, { class: 'Reptilia' }) // { text: 'P. regius', lang: 'la' }
 * genusInitial({ text: 'Panthera leo', lang: 'la' }, { class: 'Mammalia' }) // undefined
 */
export function genusInitial(term: Term, higher: Taxon['higher']): Term | undefined {
  const kept = KEEPERS_CLASSES.has(higher.class ?? '') || GROWERS_FAMILIES.has(higher.family ?? '');
  const words = term.text.split(' ');
  if (!kept || term.lang !== 'la' || words.length !== 2) return undefined;
  const [genus, epithet] = words as [string, string];
  if (epithet.length < MIN_EPITHET_LETTERS || !/^\p{Lu}\p{Ll}+$/u.test(genus) || !/^\p{Ll}+$/u.test(epithet))
    return undefined;
  return { text: `${genus[0]}. ${epithet}`, lang: 'la' };
}
