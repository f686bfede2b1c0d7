import type { Taxon } from '@/lib/dictionary/schema';

/**
 * Whether `member` belongs to `group` by the dictionary's own taxonomy: a species of a genus by its binomial, a
 * taxon of a family, order or class by its `higher` ranks. A taxon is no member of itself.
 *
 * @example isMemberOf(psittacusErithacus, psittaciformes) // true: its order is Psittaciformes
 */
export function isMemberOf(member: Taxon, group: Taxon): boolean {
  if (member === group) return false;
  switch (group.rank) {
    case 'class':
      return member.higher.class === group.scientificName;
    case 'order':
      return member.higher.order === group.scientificName;
    case 'family':
      return member.higher.family === group.scientificName;
    case 'genus':
      return member.scientificName.startsWith(`${group.scientificName} `);
    default:
      return false;
  }
}
